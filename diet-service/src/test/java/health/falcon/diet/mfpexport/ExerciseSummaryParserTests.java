package health.falcon.diet.mfpexport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ExerciseSummaryParserTests {

	@Test
	void readsCardioAndStrengthRowsInKilograms() throws Exception {
		Parsed<ExerciseEntry> parsed = ExerciseSummaryParser.parse(Csv.of("""
				Date,Exercise,Type,Exercise Calories,Exercise Minutes,Sets,Reps Per Set,Kilograms,Steps,Note
				2026-03-10,Running,Cardio,420.0,40,,,,6200,
				2026-03-10,Bench Press,Strength,,,3,8,60.0,,
				"""));
		assertThat(parsed.errors()).isEmpty();
		ExerciseEntry running = parsed.rows().get(0);
		assertThat(running.type()).isEqualTo("Cardio");
		assertThat(running.kcal()).isEqualTo(420.0);
		assertThat(running.minutes()).isEqualTo(40.0);
		assertThat(running.steps()).isEqualTo(6200.0);
		assertThat(running.weightKg()).isNull();
		ExerciseEntry bench = parsed.rows().get(1);
		assertThat(bench.sets()).isEqualTo(3.0);
		assertThat(bench.repsPerSet()).isEqualTo(8.0);
		assertThat(bench.weightKg()).isEqualTo(60.0);
		assertThat(bench.kcal()).isNull();
	}

	@Test
	void convertsThePoundsColumnAndUnquotesNames() throws Exception {
		Parsed<ExerciseEntry> parsed = ExerciseSummaryParser.parse(Csv
			.of("Date,Exercise,Type,Exercise Calories,Exercise Minutes,Sets,Reps Per Set,Weight (lbs),Steps,Note\r\n"
					+ "2026-03-10,\"\"\"Walking, 3.5 mph\"\"\",Cardio,150,30,,,,,\r\n"
					+ "2026-03-10,Squat,Strength,,,5,5,225,,\r\n"
					+ "2026-03-10,Fitbit calorie adjustment,Cardio,-35,,,,,\"1,200\",\r\n"));
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.rows().get(0).name()).isEqualTo("Walking, 3.5 mph");
		assertThat(parsed.rows().get(1).weightKg()).isEqualTo(102.06);
		assertThat(parsed.rows().get(2).kcal()).isEqualTo(-35.0);
		assertThat(parsed.rows().get(2).steps()).isEqualTo(1200.0);
	}

	@Test
	void reportsBadRowsAndReadsTheRest() throws Exception {
		Parsed<ExerciseEntry> parsed = ExerciseSummaryParser.parse(Csv.of("""
				Date,Exercise,Type,Exercise Calories,Exercise Minutes,Sets,Reps Per Set,Weight (kg),Steps,Note
				2026-03-10,Running,Cardio,abc,40,,,,,
				2026-03-10,,Cardio,100,10,,,,,
				Totals,,,520,40,,,,,
				2026-03-11,Rowing,Cardio,300,30,,,,,
				"""));
		assertThat(parsed.rows()).extracting(ExerciseEntry::name).containsExactly("Rowing");
		assertThat(parsed.errors()).extracting(RowError::line).containsExactly(2, 3);
		assertThat(parsed.skipped()).isEqualTo(3);
	}

	@Test
	void refusesOtherFiles() {
		assertThatExceptionOfType(MyFitnessPalParseException.class)
			.isThrownBy(() -> ExerciseSummaryParser.parse(Csv.of(Csv.N1_HEADER)));
	}

}
