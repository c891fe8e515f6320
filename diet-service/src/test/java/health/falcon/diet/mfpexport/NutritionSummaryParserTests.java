package health.falcon.diet.mfpexport;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NutritionSummaryParserTests {

	@Test
	void readsPerMealRows() throws Exception {
		Parsed<NutritionEntry> parsed = NutritionSummaryParser.parse(Csv.of(Csv.N1_HEADER
				+ """

						2026-03-10,Breakfast,412.0,12.5,3.1,1.0,4.2,0.0,15.0,380.0,420.0,55.0,6.0,14.0,21.0,4.0,10.0,12.0,8.0,
						2026-03-10,Lunch,650.0,22.0,6.0,2.0,9.0,0.0,80.0,910.0,600.0,70.0,8.0,9.0,38.0,0.0,15.0,6.0,12.0,felt full
						"""));
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.rows()).hasSize(2);
		NutritionEntry breakfast = parsed.rows().get(0);
		assertThat(breakfast.date()).isEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(breakfast.meal()).isEqualTo("Breakfast");
		assertThat(breakfast.perEntry()).isFalse();
		assertThat(breakfast.time()).isNull();
		assertThat(breakfast.nutrients()).containsEntry("kcal", 412.0)
			.containsEntry("fatG", 12.5)
			.containsEntry("sodiumMg", 380.0)
			.containsEntry("cholesterolMg", 15.0)
			.containsEntry("proteinG", 21.0)
			.containsEntry("vitaminAPct", 4.0)
			.containsEntry("ironPct", 8.0);
		assertThat(breakfast.line()).isEqualTo(2);
		assertThat(parsed.rows().get(1).note()).isEqualTo("felt full");
	}

	@Test
	void readsPerEntryRowsWithTime() throws Exception {
		Parsed<NutritionEntry> parsed = NutritionSummaryParser.parse(
				Csv.of(Csv.N2_HEADER + "\n" + "2026-03-10,Breakfast,10:00 AM,200,5,1,0,2,0,0,100,50,30,3,7,8,0,0,2,1,\n"
						+ "2026-03-10,Breakfast,,212,7.5,2.1,1,2.2,0,15,280,370,25,3,7,13,4,10,10,7,coffee\n"));
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.rows()).extracting(NutritionEntry::perEntry).containsOnly(true);
		assertThat(parsed.rows().get(0).time()).isEqualTo(LocalTime.of(10, 0));
		assertThat(parsed.rows().get(1).time()).isNull();
		assertThat(parsed.rows().get(1).note()).isEqualTo("coffee");
	}

	@Test
	void readsTheBomVariantWithoutNote() throws Exception {
		Parsed<NutritionEntry> parsed = NutritionSummaryParser.parse(Csv
			.of(Csv.N3_HEADER + "\r\n2018-01-02,Post-Workout,1:30 pm,300,1,0,0,0,0,0,10,0,60,2,30,5,0,0,0,0\r\n"));
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.rows()).singleElement().satisfies((entry) -> {
			assertThat(entry.meal()).isEqualTo("Post-Workout");
			assertThat(entry.time()).isEqualTo(LocalTime.of(13, 30));
			assertThat(entry.nutrients()).containsEntry("carbohydratesG", 60.0);
			assertThat(entry.note()).isNull();
		});
	}

	@Test
	void readsQuotedNumbersWithThousandsSeparatorsAndCrlf() throws Exception {
		Parsed<NutritionEntry> parsed = NutritionSummaryParser.parse(Csv.of(Csv.N1_HEADER + "\r\n"
				+ "2026-03-10,Dinner,\"1,234.5\",40,,,,,,\"2,100\",,120,,,60,,,,,\"late, again\"\r\n\r\n"));
		assertThat(parsed.errors()).isEmpty();
		NutritionEntry dinner = parsed.rows().get(0);
		assertThat(dinner.nutrients()).containsEntry("kcal", 1234.5)
			.containsEntry("sodiumMg", 2100.0)
			.doesNotContainKey("saturatedFatG");
		assertThat(dinner.note()).isEqualTo("late, again");
	}

	@Test
	void skipsTotalsRows() throws Exception {
		Parsed<NutritionEntry> parsed = NutritionSummaryParser
			.parse(Csv.of(Csv.N1_HEADER + "\n" + "2026-03-10,Breakfast,412,12,,,,,,,,,,,,,,,,\n"
					+ "2026-03-10,Totals,412,12,,,,,,,,,,,,,,,,\n" + "Daily Total,,412,12,,,,,,,,,,,,,,,,\n"));
		assertThat(parsed.rows()).hasSize(1);
		assertThat(parsed.skipped()).isEqualTo(2);
		assertThat(parsed.errors()).isEmpty();
	}

	@Test
	void reportsBadRowsAndReadsTheRest() throws Exception {
		Parsed<NutritionEntry> parsed = NutritionSummaryParser.parse(Csv.of(Csv.N1_HEADER + "\n"
				+ "2026-03-10,Breakfast,412,12,,,,,,,,,,,,,,,,\n" + "10/03/2026,Lunch,500,,,,,,,,,,,,,,,,,\n"
				+ "2026-03-10,Dinner,lots,,,,,,,,,,,,,,,,,\n" + "2026-03-10,,100,,,,,,,,,,,,,,,,,\n"
				+ "2026-03-10,Snacks,-5,,,,,,,,,,,,,,,,,\n" + "2026-03-11,Breakfast,300,,,,,,,,,,,,,,,,,\n"));
		assertThat(parsed.rows()).extracting(NutritionEntry::meal).containsExactly("Breakfast", "Breakfast");
		assertThat(parsed.errors()).extracting(RowError::line).containsExactly(3, 4, 5, 6);
		assertThat(parsed.errors().get(0).reason()).contains("date");
		assertThat(parsed.errors().get(1).reason()).contains("calories");
		assertThat(parsed.skipped()).isEqualTo(4);
	}

	@Test
	void refusesOtherFiles() {
		assertThatExceptionOfType(MyFitnessPalParseException.class)
			.isThrownBy(() -> NutritionSummaryParser.parse(Csv.of("Date,Weight\n2026-03-10,82.4\n")));
		assertThatExceptionOfType(MyFitnessPalParseException.class)
			.isThrownBy(() -> NutritionSummaryParser.parse(Csv.of("")));
	}

	@Test
	void treatsSemicolonFilesAsUnsupported() throws Exception {
		String semicolons = Csv.N1_HEADER.replace(',', ';') + "\n2026-03-10;Breakfast;412;12\n";
		assertThat(CsvTable.read(Csv.of(semicolons)).kind()).isEqualTo(FileKind.UNSUPPORTED);
		assertThatExceptionOfType(MyFitnessPalParseException.class)
			.isThrownBy(() -> NutritionSummaryParser.parse(Csv.of(semicolons)));
	}

	@Test
	void tellsTheKindByTheHeaderRow() throws Exception {
		assertThat(CsvTable.read(Csv.of(Csv.N3_HEADER)).kind()).isEqualTo(FileKind.NUTRITION);
		assertThat(CsvTable.read(Csv.of("Date,Exercise,Type,Exercise Calories")).kind()).isEqualTo(FileKind.EXERCISE);
		assertThat(CsvTable.read(Csv.of("Date,Weight,Body Fat %")).kind()).isEqualTo(FileKind.MEASUREMENT);
		assertThat(CsvTable.read(Csv.of("name,value\n")).kind()).isEqualTo(FileKind.UNSUPPORTED);
	}

}
