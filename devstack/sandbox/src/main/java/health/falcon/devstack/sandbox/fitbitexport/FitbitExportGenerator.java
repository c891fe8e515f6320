package health.falcon.devstack.sandbox.fitbitexport;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import health.falcon.devstack.sandbox.common.synthetic.HeartRateDay;
import health.falcon.devstack.sandbox.common.synthetic.MinuteActivity;
import health.falcon.devstack.sandbox.common.synthetic.Residence;
import health.falcon.devstack.sandbox.common.synthetic.SleepSession;
import health.falcon.devstack.sandbox.common.synthetic.SyntheticPerson;

/**
 * Writes a realistic Fitbit export ZIP, deterministic from the options (same options,
 * same bytes): per-day {@code heart_rate-*.json} (samples every 5 to 10 s), monthly
 * {@code resting_heart_rate-*.json} (null days included), {@code sleep-*.json},
 * {@code steps-*.json}, {@code distance-*.json} (centimetres) and {@code calories-*.json}
 * (per minute), plus {@code Your Profile/Profile.csv}. Times are local wall time of where
 * the person was (the export carries no zone). Plain Java, no Spring.
 */
public final class FitbitExportGenerator {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("MM/dd/yy HH:mm:ss");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yy");

	/**
	 * Writes the archive.
	 * @param options what to export
	 * @param target where the ZIP goes (not closed)
	 * @throws IOException on write failure
	 */
	public void write(ExportOptions options, OutputStream target) throws IOException {
		SyntheticPerson person = new SyntheticPerson(options.seed(),
				new Residence(options.homeZone(), options.travelZone()));
		String data = options.layout().root(options.userName()) + "Global Export Data/";
		ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(target) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				this.out.write(b, off, len);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		});
		LocalDateTime entryTime = options.lastDay().plusDays(1).atStartOfDay();
		for (LocalDate day = options.firstDay(); !day.isAfter(options.lastDay()); day = day.plusDays(1)) {
			try (Writer out = entry(zip, data + "heart_rate-" + day + ".json", entryTime)) {
				heartRate(new ExportJsonWriter(out), person, day, options.seed());
			}
		}
		for (LocalDate[] month : months(options)) {
			try (Writer out = entry(zip, data + "resting_heart_rate-" + month[0] + ".json", entryTime)) {
				restingHeartRate(new ExportJsonWriter(out), person, month, options.seed());
			}
			try (Writer out = entry(zip, data + "sleep-" + month[0] + ".json", entryTime)) {
				sleep(new ExportJsonWriter(out), person, month);
			}
			List<MinuteActivity> minutes = new ArrayList<>();
			List<String> stamps = new ArrayList<>();
			minutes(person, month, minutes, stamps);
			for (String series : List.of("steps", "distance", "calories")) {
				try (Writer out = entry(zip, data + series + "-" + month[0] + ".json", entryTime)) {
					series(new ExportJsonWriter(out), series, minutes, stamps);
				}
			}
		}
		try (Writer out = entry(zip, options.layout().root(options.userName()) + "Your Profile/Profile.csv",
				entryTime)) {
			out.write("id,full_name,display_name,timezone,member_since\n");
			out.write("A1B2C3,Dana Demo,Dana," + options.homeZone().getId() + ",2019-04-12\n");
		}
		zip.finish();
		zip.close();
	}

	private static Writer entry(ZipOutputStream zip, String name, LocalDateTime time) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setTimeLocal(time);
		zip.putNextEntry(entry);
		return new OutputStreamWriter(new FilterOutputStream(zip) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				this.out.write(b, off, len);
			}

			@Override
			public void close() throws IOException {
				flush();
				zip.closeEntry();
			}
		}, StandardCharsets.UTF_8);
	}

	private static List<LocalDate[]> months(ExportOptions options) {
		List<LocalDate[]> months = new ArrayList<>();
		LocalDate start = options.firstDay();
		while (!start.isAfter(options.lastDay())) {
			LocalDate monthEnd = start.withDayOfMonth(start.lengthOfMonth());
			LocalDate end = monthEnd.isAfter(options.lastDay()) ? options.lastDay() : monthEnd;
			months.add(new LocalDate[] { start, end });
			start = end.plusDays(1);
		}
		return months;
	}

	private static Instant dayStart(SyntheticPerson person, LocalDate day) {
		return day.atStartOfDay(person.residence().zoneOn(day)).toInstant();
	}

	private static String stamp(SyntheticPerson person, Instant instant) {
		return LocalDateTime.ofInstant(instant, person.offsetAt(instant)).format(STAMP);
	}

	private static void heartRate(ExportJsonWriter out, SyntheticPerson person, LocalDate day, long seed)
			throws IOException {
		SplittableRandom random = new SplittableRandom(seed * 1_000_003L + day.toEpochDay());
		Instant end = dayStart(person, day.plusDays(1));
		for (Instant at = dayStart(person, day).plusSeconds(random.nextInt(0, 5)); at
			.isBefore(end); at = at.plusSeconds(5 + random.nextInt(0, 6))) {
			HeartRateDay samples = person.heartRate(LocalDate.ofInstant(at, ZoneOffset.UTC));
			int index = Arrays.binarySearch(samples.seconds(), (int) (at.getEpochSecond() % 86_400));
			if (index < 0) {
				continue;
			}
			double pick = random.nextDouble();
			int confidence = (pick < 0.04) ? 0 : (pick < 0.12) ? 1 : (pick < 0.35) ? 2 : 3;
			out.item();
			out.raw("  \"dateTime\" : \"" + stamp(person, at) + "\",\n  \"value\" : {\n    \"bpm\" : "
					+ samples.bpm()[index] + ",\n    \"confidence\" : " + confidence + "\n  }\n");
		}
		out.end();
	}

	private static void restingHeartRate(ExportJsonWriter out, SyntheticPerson person, LocalDate[] month, long seed)
			throws IOException {
		for (LocalDate day = month[0]; !day.isAfter(month[1]); day = day.plusDays(1)) {
			int bpm = person.restingHeartRate(day);
			SplittableRandom random = new SplittableRandom(seed * 7_919L + day.toEpochDay());
			String value = (bpm == 0) ? "\"date\" : null,\n    \"value\" : 0.0,\n    \"error\" : 0.0"
					: "\"date\" : \"" + day.format(DATE) + "\",\n    \"value\" : "
							+ (bpm + Math.round(random.nextDouble() * 100) / 100.0 - 0.5) + ",\n    \"error\" : "
							+ (5 + Math.round(random.nextDouble() * 300) / 100.0);
			out.item();
			out.raw("  \"dateTime\" : \"" + day.format(DATE) + " 00:00:00\",\n  \"value\" : {\n    " + value
					+ "\n  }\n");
		}
		out.end();
	}

	private static void sleep(ExportJsonWriter out, SyntheticPerson person, LocalDate[] month) throws IOException {
		for (LocalDate day = month[1]; !day.isBefore(month[0]); day = day.minusDays(1)) {
			List<SleepSession> sessions = new ArrayList<>(person.sleepsEndingOn(day));
			for (int i = sessions.size() - 1; i >= 0; i--) {
				SleepExport.write(out, person, sessions.get(i));
			}
		}
		out.end();
	}

	private static void minutes(SyntheticPerson person, LocalDate[] month, List<MinuteActivity> minutes,
			List<String> stamps) {
		Instant end = dayStart(person, month[1].plusDays(1));
		for (Instant at = dayStart(person, month[0]); at.isBefore(end); at = at.plusSeconds(60)) {
			minutes.add(person.minute(at));
			stamps.add(stamp(person, at));
		}
	}

	private static void series(ExportJsonWriter out, String series, List<MinuteActivity> minutes, List<String> stamps)
			throws IOException {
		for (int i = 0; i < minutes.size(); i++) {
			MinuteActivity minute = minutes.get(i);
			String value = switch (series) {
				case "steps" -> Integer.toString(minute.steps());
				case "distance" -> Long.toString(Math.round(minute.distanceMillimeters() / 10.0));
				default -> Double.toString(Math.round(minute.totalKcal() * 100) / 100.0);
			};
			out.item();
			out.raw("  \"dateTime\" : \"" + stamps.get(i) + "\",\n  \"value\" : \"" + value + "\"\n");
		}
		out.end();
	}

}
