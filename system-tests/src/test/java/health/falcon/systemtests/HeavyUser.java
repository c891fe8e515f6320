package health.falcon.systemtests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The export files of one heavy user's year, in the shapes the writers read (see
 * {@code /work/shared/reference/google-health-and-fitbit-export.md} and the writers'
 * parser tests): a Fitbit Takeout export with intraday heart rate at a given cadence,
 * resting heart rate and one night of sleep per day; a MyFitnessPal Nutrition Summary; an
 * OMRON connect CSV; CardioMood HRV reports. Values vary with the day so that no two days
 * are alike.
 *
 * @param first the first local day
 * @param days how many days
 */
record HeavyUser(LocalDate first, int days) {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("MM/dd/yy HH:mm:ss");

	private static final DateTimeFormatter ISO_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

	/**
	 * The benchmarks' heavy user: the 365 days that end yesterday (UTC).
	 */
	static HeavyUser yearEndingYesterday() {
		return new HeavyUser(LocalDate.now(ZoneOffset.UTC).minusDays(365), 365);
	}

	/**
	 * The last local day.
	 */
	LocalDate last() {
		return this.first.plusDays(this.days - 1);
	}

	/**
	 * Write the Takeout export ZIP: {@code heart_rate-<day>.json} per day at
	 * {@code cadenceSeconds}, {@code resting_heart_rate-<first>.json}, and
	 * {@code sleep-<day>.json} files holding one night per day.
	 */
	Path fitbitExport(Path zip, int cadenceSeconds) throws IOException {
		String root = "Takeout/Fitbit/Global Export Data/";
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream archive = new ZipOutputStream(out)) {
			StringBuilder resting = new StringBuilder("[");
			StringBuilder sleep = new StringBuilder("[");
			LocalDate sleepFile = this.first;
			for (int d = 0; d < this.days; d++) {
				LocalDate day = this.first.plusDays(d);
				StringBuilder heart = new StringBuilder(86_400 / cadenceSeconds * 80).append('[');
				for (int second = 0; second < 86_400; second += cadenceSeconds) {
					heart.append((second > 0) ? ",{\n  \"dateTime\" : \"" : "{\n  \"dateTime\" : \"")
						.append(STAMP.format(day.atStartOfDay().plusSeconds(second)))
						.append("\",\n  \"value\" : {\n    \"bpm\" : ")
						.append(55 + (second / 60 + d) % 60)
						.append(",\n    \"confidence\" : 2\n  }\n}");
				}
				entry(archive, root + "heart_rate-" + day + ".json", heart.append(']'));
				resting.append((d > 0) ? "," : "")
					.append("{\"dateTime\":\"")
					.append(STAMP.format(day.atStartOfDay()))
					.append("\",\"value\":{\"date\":\"")
					.append(DateTimeFormatter.ofPattern("MM/dd/yy").format(day))
					.append("\",\"value\":")
					.append(50 + d % 10)
					.append(".3,\"error\":5.1}}");
				sleep.append((sleep.length() > 1) ? "," : "").append(night(day, d));
				if (d % 30 == 29 || d == this.days - 1) {
					entry(archive, root + "sleep-" + sleepFile + ".json", sleep.append(']'));
					sleep = new StringBuilder("[");
					sleepFile = day.plusDays(1);
				}
			}
			entry(archive, root + "resting_heart_rate-" + this.first + ".json", resting.append(']'));
		}
		return zip;
	}

	/** The night that ends on the morning of {@code day}. */
	private static String night(LocalDate day, int d) {
		LocalDateTime start = day.minusDays(1).atTime(23, 10 + d % 40);
		LocalDateTime end = day.atTime(6, 50 + d % 9);
		long seconds = Duration.between(start, end).toSeconds();
		long light = seconds - 720 - 3600 - 5400;
		return """
				{"logId" : %d, "dateOfSleep" : "%s", "startTime" : "%s", "endTime" : "%s", "duration" : %d,
				 "minutesToFallAsleep" : 0, "minutesAsleep" : %d, "minutesAwake" : 12, "minutesAfterWakeup" : 0,
				 "timeInBed" : %d, "efficiency" : 95, "type" : "stages", "infoCode" : 0,
				 "levels" : {"summary" : {"deep" : {"count" : 4, "minutes" : 60}, "wake" : {"count" : 5, "minutes" : 12},
				   "light" : {"count" : 20, "minutes" : %d}, "rem" : {"count" : 5, "minutes" : 90}},
				   "data" : [ {"dateTime" : "%s", "level" : "wake", "seconds" : 720},
				              {"dateTime" : "%s", "level" : "deep", "seconds" : 3600},
				              {"dateTime" : "%s", "level" : "rem", "seconds" : 5400},
				              {"dateTime" : "%s", "level" : "light", "seconds" : %d} ]},
				 "mainSleep" : true}"""
			.formatted(40_000_000_000L + d, day, ISO_LOCAL.format(start), ISO_LOCAL.format(end), seconds * 1000,
					(seconds - 720) / 60, seconds / 60, light / 60, ISO_LOCAL.format(start),
					ISO_LOCAL.format(start.plusSeconds(720)), ISO_LOCAL.format(start.plusSeconds(4320)),
					ISO_LOCAL.format(start.plusSeconds(9720)), light);
	}

	/** A MyFitnessPal Nutrition Summary: three meals on every day. */
	byte[] nutritionSummary() {
		StringBuilder csv = new StringBuilder(
				"Date,Meal,Calories,Fat (g),Saturated Fat,Polyunsaturated Fat,Monounsaturated Fat,Trans Fat,"
						+ "Cholesterol,Sodium (mg),Potassium,Carbohydrates (g),Fiber,Sugar,Protein (g),Vitamin A,"
						+ "Vitamin C,Calcium,Iron,Note\n");
		String[] meals = { "Breakfast", "Lunch", "Dinner" };
		for (int d = 0; d < this.days; d++) {
			for (int m = 0; m < meals.length; m++) {
				csv.append(this.first.plusDays(d))
					.append(',')
					.append(meals[m])
					.append(',')
					.append(400 + (d * 7 + m * 130) % 400)
					.append(",12.5,3,1,2,0,15,380,370,55,6,17,21,2,10,10,7,\n");
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** An OMRON connect CSV with {@code readings} readings, morning and evening. */
	byte[] omronCsv(int readings) {
		DateTimeFormatter date = DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ENGLISH);
		StringBuilder csv = new StringBuilder(
				"Date,Time,Systolic (mmHg),Diastolic (mmHg),Pulse (bpm),Symptoms,Consumed,TruRead,Notes\n");
		for (int i = 0; i < readings; i++) {
			LocalDate day = this.first.plusDays((long) i * this.days / readings);
			String time = (i % 2 == 0) ? "07:45" : "21:30";
			csv.append(date.format(day))
				.append(',')
				.append(time)
				.append(',')
				.append(110 + i % 35)
				.append(',')
				.append(70 + i % 20)
				.append(',')
				.append(55 + i % 30)
				.append(",-,-,Off,-\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The {@code index}-th of the CardioMood reports: a five-minute morning recording.
	 */
	byte[] cardioMoodReport(int index, int reports) {
		LocalDate day = this.first.plusDays((long) index * this.days / reports);
		StringBuilder beats = new StringBuilder();
		long timestamp = 0;
		int n = 0;
		while (timestamp < 300_000) {
			int rr = 950 + ((n * 37 + index * 11) % 120);
			beats.append(String.format(Locale.ROOT, "%4d %15d %5d %3d%n", n + 1, timestamp, rr, 60_000 / rr));
			timestamp += rr;
			n++;
		}
		return """
				CardioMood Report

				Date: \t\t\t%d/%d/%02d
				Measurement time:\t7:05 AM - 7:10 AM
				Intervals count:\t%d with 0 artifacts present (0%%)
				Tag: Morning

				Results:

				Time series parameters:
				HR    =\t60
				SDNN  = N/A
				RMSSD = N/A
				pNN50 = N/A

				The numbers above were calculated using following data:
				   n  timestamp       rr   bpm
				%s""".formatted(day.getMonthValue(), day.getDayOfMonth(), day.getYear() % 100, n, beats)
			.getBytes(StandardCharsets.UTF_8);
	}

	private static void entry(ZipOutputStream archive, String name, CharSequence content) throws IOException {
		archive.putNextEntry(new ZipEntry(name));
		archive.write(content.toString().getBytes(StandardCharsets.UTF_8));
		archive.closeEntry();
	}

}
