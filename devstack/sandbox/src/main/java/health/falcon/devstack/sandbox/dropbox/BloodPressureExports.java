package health.falcon.devstack.sandbox.dropbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes blood-pressure exports in the formats dropbox-ingest reads: OMRON connect
 * monthly reports, a Withings {@code bp.csv} (with heart-rate-only rows) and iHealth CSVs
 * (units in the cells, US dates), each newest first like the apps write them.
 */
final class BloodPressureExports {

	static final String OMRON_HEADER = "Date,Time,Systolic (mmHg),Diastolic (mmHg),Pulse (bpm),Symptoms,Consumed,TruRead,Notes";

	static final String WITHINGS_HEADER = "Date,\"Heart rate\",Systolic,Diastolic,Comments";

	static final String IHEALTH_HEADER = "Time,SYS,DIA,Pulse";

	private static final DateTimeFormatter OMRON_NAME_DATE = DateTimeFormatter.ofPattern("MMM d uuuu", Locale.ENGLISH);

	private static final DateTimeFormatter OMRON_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter WITHINGS_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss",
			Locale.ENGLISH);

	private static final DateTimeFormatter IHEALTH_TIME = DateTimeFormatter.ofPattern("MM/dd/uuuu h:mm a",
			Locale.ENGLISH);

	private static final String[] NOTES = { "after walk", "after coffee", "stressful day", "before breakfast",
			"felt tired" };

	private final long seed;

	private final ZoneId zone;

	BloodPressureExports(long seed, ZoneId zone) {
		this.seed = seed;
		this.zone = zone;
	}

	/**
	 * One OMRON report per calendar month from {@code first} to {@code now}, each
	 * uploaded the morning after its period (the last one an hour before now).
	 */
	List<SeedFile> omronMonthly(String folder, int person, LocalDate first, LocalDateTime now) {
		BloodPressureSeries series = new BloodPressureSeries(this.seed, 10 + person);
		List<SeedFile> files = new ArrayList<>();
		for (YearMonth month = YearMonth.from(first); !month.atDay(1).isAfter(now.toLocalDate()); month = month
			.plusMonths(1)) {
			LocalDate from = first.isAfter(month.atDay(1)) ? first : month.atDay(1);
			LocalDate to = month.atEndOfMonth().isBefore(now.toLocalDate()) ? month.atEndOfMonth() : now.toLocalDate();
			String name = "Your Requested OMRON Report from " + OMRON_NAME_DATE.format(from) + " to "
					+ OMRON_NAME_DATE.format(to) + ".csv";
			files.add(new SeedFile(folder + "/" + name,
					omron(series.between(from, to, now, 0.9), SeedRandom.of(this.seed, 20 + person, from.toEpochDay())),
					uploaded(to.plusDays(1).atTime(9, 12), now)));
		}
		return files;
	}

	private byte[] omron(List<BloodPressureSeries.Reading> readings, SplittableRandom random) {
		StringBuilder csv = new StringBuilder(OMRON_HEADER).append('\n');
		for (BloodPressureSeries.Reading reading : newestFirst(readings)) {
			boolean truRead = random.nextInt(8) == 0;
			String note = (random.nextInt(12) == 0) ? NOTES[random.nextInt(NOTES.length)] : "-";
			csv.append(OMRON_NAME_DATE.format(reading.time()))
				.append(',')
				.append(OMRON_TIME.format(reading.time()))
				.append(',')
				.append(reading.systolic())
				.append(',')
				.append(reading.diastolic())
				.append(',')
				.append(reading.pulse())
				.append(",-,-,")
				.append(truRead ? "On" : "-")
				.append(',')
				.append(note)
				.append('\n');
		}
		return bytes(csv);
	}

	/**
	 * A Withings {@code bp.csv} covering {@code days} days up to now: one morning reading
	 * on most days plus one or two heart-rate-only rows a day (watch and scale).
	 */
	SeedFile withings(String path, int person, int days, LocalDateTime now) {
		LocalDate first = now.toLocalDate().minusDays(days - 1L);
		BloodPressureSeries series = new BloodPressureSeries(this.seed, 30 + person);
		List<String[]> rows = new ArrayList<>();
		for (BloodPressureSeries.Reading reading : series.between(first, now.toLocalDate(), now, 0.8)) {
			rows.add(new String[] { WITHINGS_TIME.format(reading.time()), String.valueOf(reading.pulse()),
					String.valueOf(reading.systolic()), String.valueOf(reading.diastolic()) });
		}
		for (LocalDate day = first; !day.isAfter(now.toLocalDate()); day = day.plusDays(1)) {
			SplittableRandom random = SeedRandom.of(this.seed, 40 + person, day.toEpochDay());
			LocalDateTime time = day.atTime(10 + random.nextInt(8), random.nextInt(60), random.nextInt(60));
			if (time.isBefore(now)) {
				rows.add(new String[] { WITHINGS_TIME.format(time), String.valueOf(62 + random.nextInt(30)), "", "" });
			}
		}
		rows.sort(Comparator.comparing((String[] row) -> row[0]).reversed());
		StringBuilder csv = new StringBuilder(WITHINGS_HEADER).append('\n');
		rows.forEach((row) -> csv.append('"')
			.append(row[0])
			.append("\",")
			.append(row[1])
			.append(',')
			.append(row[2])
			.append(',')
			.append(row[3])
			.append(",\n"));
		return new SeedFile(path, bytes(csv), uploaded(now.minusHours(2), now));
	}

	/**
	 * iHealth exports, one per month, for the {@code months} calendar months that ended
	 * {@code monthsAgo} months before now.
	 */
	List<SeedFile> ihealth(String folder, int person, int monthsAgo, int months, LocalDateTime now) {
		BloodPressureSeries series = new BloodPressureSeries(this.seed, 50 + person);
		List<SeedFile> files = new ArrayList<>();
		for (int i = monthsAgo + months - 1; i >= monthsAgo; i--) {
			YearMonth month = YearMonth.from(now).minusMonths(i);
			StringBuilder csv = new StringBuilder(IHEALTH_HEADER).append('\n');
			for (BloodPressureSeries.Reading reading : newestFirst(
					series.between(month.atDay(1), month.atEndOfMonth(), now, 0.6))) {
				csv.append(IHEALTH_TIME.format(reading.time()))
					.append(',')
					.append(reading.systolic())
					.append(" mmHg,")
					.append(reading.diastolic())
					.append(" mmHg,")
					.append(reading.pulse())
					.append(" bpm\n");
			}
			files.add(new SeedFile(folder + "/iHealth_BP_" + month + ".csv", bytes(csv),
					uploaded(month.plusMonths(1).atDay(2).atTime(19, 40), now)));
		}
		return files;
	}

	private Instant uploaded(LocalDateTime wanted, LocalDateTime now) {
		LocalDateTime time = wanted.isBefore(now) ? wanted : now.minusHours(1);
		return time.atZone(this.zone).toInstant();
	}

	private static List<BloodPressureSeries.Reading> newestFirst(List<BloodPressureSeries.Reading> readings) {
		return readings.stream().sorted(Comparator.comparing(BloodPressureSeries.Reading::time).reversed()).toList();
	}

	private static byte[] bytes(StringBuilder text) {
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

}
