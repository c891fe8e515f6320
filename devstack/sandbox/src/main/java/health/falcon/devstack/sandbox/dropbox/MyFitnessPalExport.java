package health.falcon.devstack.sandbox.dropbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A MyFitnessPal "Export data" set as diet-service reads it: the 2026 (N1) Nutrition
 * Summary with one row per day and meal, the Exercise Summary (kilograms; quoted cardio
 * names and tracker calorie adjustments) and a weekly weight Measurement Summary.
 */
final class MyFitnessPalExport {

	static final String NUTRITION_HEADER = "Date,Meal,Calories,Fat (g),Saturated Fat,Polyunsaturated Fat,"
			+ "Monounsaturated Fat,Trans Fat,Cholesterol,Sodium (mg),Potassium,Carbohydrates (g),Fiber,Sugar,"
			+ "Protein (g),Vitamin A,Vitamin C,Calcium,Iron,Note";

	static final String EXERCISE_HEADER = "Date,Exercise,Type,Exercise Calories,Exercise Minutes,Sets,Reps Per Set,Kilograms,Steps,Note";

	static final String MEASUREMENT_HEADER = "Date,Weight";

	private static final String[] MEALS = { "Breakfast", "Lunch", "Dinner", "Snacks" };

	private static final int[][] MEAL_CALORIES = { { 300, 250 }, { 480, 320 }, { 550, 380 }, { 90, 260 } };

	private static final String[] CARDIO = { "\"\"\"Walking, 3.5 mph\"\"\"", "\"\"\"Running (jogging), 6 mph\"\"\"",
			"\"\"\"Cycling, 12-14 mph\"\"\"" };

	private final long seed;

	private final ZoneId zone;

	MyFitnessPalExport(long seed, ZoneId zone) {
		this.seed = seed;
		this.zone = zone;
	}

	/**
	 * The three files for the days from {@code first} to yesterday, uploaded an hour ago.
	 */
	List<SeedFile> files(String folder, LocalDate first, LocalDateTime now) {
		LocalDate last = now.toLocalDate().minusDays(1);
		String range = first + "-to-" + last;
		Instant uploaded = now.minusHours(1).atZone(this.zone).toInstant();
		return List.of(new SeedFile(folder + "/Nutrition-Summary-" + range + ".csv", nutrition(first, last), uploaded),
				new SeedFile(folder + "/Exercise-Summary-" + range + ".csv", exercise(first, last), uploaded),
				new SeedFile(folder + "/Measurement-Summary-" + range + ".csv", measurements(first, last), uploaded));
	}

	private byte[] nutrition(LocalDate first, LocalDate last) {
		StringBuilder csv = new StringBuilder(NUTRITION_HEADER).append('\n');
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			SplittableRandom random = SeedRandom.of(this.seed, 70, day.toEpochDay());
			if (random.nextInt(20) == 0) {
				continue;
			}
			for (int meal = 0; meal < MEALS.length; meal++) {
				if (meal == 3 && random.nextInt(3) == 0) {
					continue;
				}
				double kcal = MEAL_CALORIES[meal][0] + random.nextInt(MEAL_CALORIES[meal][1]);
				String note = (meal == 2 && random.nextInt(15) == 0) ? "ate out" : "";
				csv.append(day).append(',').append(MEALS[meal]).append(',').append(row(kcal, random)).append(note);
				csv.append('\n');
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String row(double kcal, SplittableRandom random) {
		double carbs = kcal * (0.42 + random.nextDouble() * 0.14) / 4;
		double fat = kcal * (0.25 + random.nextDouble() * 0.1) / 9;
		double protein = kcal * (0.15 + random.nextDouble() * 0.1) / 4;
		double[] values = { kcal, fat, fat * 0.32, fat * 0.2, fat * 0.36, 0, 10 + random.nextInt(140),
				150 + random.nextInt(1000), 200 + random.nextInt(700), carbs, 2 + random.nextInt(9),
				carbs * (0.12 + random.nextDouble() * 0.2), protein, random.nextInt(30), random.nextInt(40),
				random.nextInt(25), random.nextInt(20) };
		StringBuilder row = new StringBuilder();
		for (double value : values) {
			row.append(String.format(Locale.ROOT, "%.1f", value)).append(',');
		}
		return row.toString();
	}

	private byte[] exercise(LocalDate first, LocalDate last) {
		StringBuilder csv = new StringBuilder(EXERCISE_HEADER).append('\n');
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			SplittableRandom random = SeedRandom.of(this.seed, 71, day.toEpochDay());
			if (random.nextInt(3) == 0) {
				int minutes = 20 + random.nextInt(50);
				csv.append(day).append(',').append(CARDIO[random.nextInt(CARDIO.length)]).append(",Cardio,");
				csv.append(minutes * (5 + random.nextInt(6))).append(".0,").append(minutes).append(",,,,,\n");
			}
			if (day.getDayOfWeek().getValue() == 2 || day.getDayOfWeek().getValue() == 5) {
				csv.append(day).append(",Bench Press,Strength,,,3,").append(8 + random.nextInt(5)).append(',');
				csv.append(String.format(Locale.ROOT, "%.1f", 50 + 2.5 * random.nextInt(6))).append(",,\n");
			}
			int steps = 3000 + random.nextInt(9000);
			csv.append(day).append(",MFP iOS calorie adjustment,Cardio,").append((steps - 5000) / 25).append(",,,,,");
			csv.append(steps).append(",\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private byte[] measurements(LocalDate first, LocalDate last) {
		StringBuilder csv = new StringBuilder(MEASUREMENT_HEADER).append('\n');
		double weight = 82.0;
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			SplittableRandom random = SeedRandom.of(this.seed, 72, day.toEpochDay());
			weight += (random.nextDouble() - 0.52) * 0.12;
			if (day.getDayOfWeek().getValue() == 1 || random.nextInt(10) == 0) {
				csv.append(day).append(',').append(String.format(Locale.ROOT, "%.1f", weight)).append('\n');
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

}
