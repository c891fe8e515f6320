package health.falcon.devstack.sandbox.dropbox;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * CardioMood HRV text reports ({@code YYYY-MM-DD HH-MM-SS_sNNN.txt}): a five-minute
 * morning recording with RR intervals of 700-1100 ms (breathing-modulated, with one or
 * two artifact pairs), and the report's metrics computed from that same series, so the
 * ingest's recomputation agrees.
 */
final class CardioMoodReports {

	static final String TITLE = "CardioMood Report";

	private static final DateTimeFormatter FILE_NAME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH-mm-ss",
			Locale.ENGLISH);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/yy", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

	private static final String[] TAGS = { "Morning check", "After sleep", "Morning", "Rest day", "Before run" };

	private final long seed;

	private final ZoneId zone;

	CardioMoodReports(long seed, ZoneId zone) {
		this.seed = seed;
		this.zone = zone;
	}

	/**
	 * {@code count} reports, every {@code everyDays} days, the last one yesterday
	 * morning.
	 */
	List<SeedFile> reports(String folder, int count, int everyDays, LocalDateTime now) {
		List<SeedFile> files = new ArrayList<>();
		for (int i = count - 1; i >= 0; i--) {
			SplittableRandom random = SeedRandom.of(this.seed, 60, i);
			LocalDateTime start = now.toLocalDate()
				.minusDays(1L + (long) i * everyDays)
				.atTime(6 + random.nextInt(2), random.nextInt(60), random.nextInt(60));
			int session = 40 - i;
			String name = FILE_NAME.format(start) + "_s" + f("%03d", session) + ".txt";
			files.add(new SeedFile(folder + "/" + name, report(start, random),
					start.plusMinutes(12).atZone(this.zone).toInstant()));
		}
		return files;
	}

	private static byte[] report(LocalDateTime start, SplittableRandom random) {
		List<Integer> rr = series(random);
		int artifacts = (int) rr.stream().filter((ms) -> ms < 600 || ms > 1300).count();
		long total = rr.stream().mapToLong(Integer::longValue).sum();
		Metrics metrics = Metrics.of(rr);
		StringBuilder text = new StringBuilder();
		text.append(TITLE).append("\n\n");
		text.append("Date: \t\t\t").append(DATE.format(start)).append('\n');
		text.append("Measurement time:\t")
			.append(TIME.format(start))
			.append(" - ")
			.append(TIME.format(start.plusNanos(total * 1_000_000)))
			.append('\n');
		text.append("Intervals count:\t")
			.append(rr.size())
			.append(" with ")
			.append(artifacts)
			.append(" artifacts present (")
			.append(Math.round(100.0 * artifacts / rr.size()))
			.append("%)\n");
		text.append("Tag: ").append(TAGS[random.nextInt(TAGS.length)]).append("\n\n\n");
		metrics.appendTo(text, random);
		text.append("\n\nThe numbers above were calculated using following data:\n");
		text.append("   n  timestamp       rr   bpm\n");
		long timestamp = 0;
		for (int i = 0; i < rr.size(); i++) {
			text.append(f("%4d%16d%6d%5d\n", i + 1, timestamp, rr.get(i), Math.round(60000.0 / rr.get(i))));
			timestamp += rr.get(i);
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static List<Integer> series(SplittableRandom random) {
		double base = 860 + random.nextInt(140);
		double breathing = 25 + random.nextInt(30);
		List<Integer> rr = new ArrayList<>();
		int artifactAt = 40 + random.nextInt(150);
		int secondArtifactAt = random.nextBoolean() ? artifactAt + 60 + random.nextInt(60) : -1;
		double elapsed = 0;
		while (elapsed < 300_000) {
			int index = rr.size();
			double value = base + breathing * Math.sin(2 * Math.PI * elapsed / 4800.0) + random.nextGaussian() * 18;
			int ms = (int) Math.max(700, Math.min(1100, Math.round(value)));
			if (index == artifactAt || index == secondArtifactAt) {
				// a premature beat and its compensatory pause
				rr.add(ms / 2 + 20);
				ms = ms + ms / 2;
			}
			rr.add(ms);
			elapsed += ms;
		}
		return rr;
	}

	private static String f(String pattern, Object... arguments) {
		return String.format(Locale.ROOT, pattern, arguments);
	}

}
