package health.falcon.diet.diary;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

class DiaryHtmlParserTests {

	@Test
	void readsOwnDiaryWithLinkedNamesSeparatorsAndMacroSpans() {
		ParsedDiary day = DiaryHtmlParser.parse(DiaryPages.OWN);
		assertThat(day.meals()).extracting(ParsedDiary.Meal::name).containsExactly("Breakfast", "Lunch");
		ParsedDiary.Meal breakfast = day.meals().get(0);
		assertThat(breakfast.entries()).extracting(ParsedDiary.Entry::name)
			.containsExactly("Oats - Rolled, 50 g", "Coffee - Latte, 1 cup");
		assertThat(breakfast.entries().get(0).nutrition()).containsExactly(entry("calories", 190.0),
				entry("carbohydrates", 33.0), entry("fat", 3.0), entry("protein", 7.0), entry("sodium", 2.0),
				entry("sugar", 1.0));
		assertThat(breakfast.entries().get(1).nutrition()).containsEntry("calories", 1210.0)
			.containsEntry("carbohydrates", 17.0)
			.containsEntry("sodium", 1120.0);
		assertThat(day.meals().get(1).entries()).isEmpty();
		assertThat(day.totals()).containsEntry("calories", 1400.0).containsEntry("sodium", 1122.0);
		assertThat(day.goals()).containsEntry("calories", 2300.0).containsEntry("carbohydrates", 288.0);
		assertThat(day.complete()).isTrue();
	}

	@Test
	void readsAFriendsDiaryWithPlainNamesCustomMealsAndTrackedNutrients() {
		ParsedDiary day = DiaryHtmlParser.parse(DiaryPages.FRIEND);
		assertThat(day.meals()).extracting(ParsedDiary.Meal::name).containsExactly("Post-Workout", "Second Breakfast");
		ParsedDiary.Entry shake = day.meals().get(0).entries().get(0);
		assertThat(shake.name()).isEqualTo("Whey shake, 1 scoop");
		assertThat(shake.nutrition()).containsExactly(entry("calories", 120.0), entry("protein", 24.0),
				entry("fiber", 0.0), entry("potass.", 160.0), entry("vit a", 2.0), entry("added sugars", 1.0));
		assertThat(day.goals()).containsEntry("potass.", 3500.0);
		assertThat(day.complete()).isFalse();
	}

	@Test
	void sumsTheEntriesWhenThePageHasNoTotalsRow() {
		String page = """
				<table><tr class="meal_header"><td>Dinner</td><td>Calories</td><td>Carbs</td></tr>
				<tr><td>Soup</td><td>100</td><td>-</td></tr><tr><td>Bread</td><td>150.5</td><td>30</td></tr>
				<tr class="bottom"></tr></table>""";
		ParsedDiary day = DiaryHtmlParser.parse(page);
		assertThat(day.totals()).isEqualTo(Map.of("calories", 250.5, "carbohydrates", 30.0));
		assertThat(day.goals()).isEmpty();
		assertThat(day.complete()).isNull();
		assertThat(day.meals().get(0).entries().get(0).nutrition()).containsOnlyKeys("calories");
	}

	@Test
	void recognisesAPrivateDiary() {
		assertThatExceptionOfType(DiaryUnavailableException.class)
			.isThrownBy(() -> DiaryHtmlParser.parse(DiaryPages.PRIVATE))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("diary-private"));
	}

	@Test
	void recognisesALockedDiary() {
		assertThatExceptionOfType(DiaryUnavailableException.class)
			.isThrownBy(() -> DiaryHtmlParser.parse(DiaryPages.LOCKED))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("diary-locked"));
	}

	@Test
	void refusesAPageWithoutADiaryTable() {
		assertThatExceptionOfType(DiaryParseException.class).isThrownBy(() -> DiaryHtmlParser.parse(DiaryPages.GARBAGE))
			.withMessageContaining("no diary table");
		assertThatExceptionOfType(DiaryParseException.class).isThrownBy(() -> DiaryHtmlParser.parse(""));
	}

	@Test
	void refusesAValueThatIsNotANumber() {
		assertThatExceptionOfType(DiaryParseException.class)
			.isThrownBy(() -> DiaryHtmlParser.parse(DiaryPages.BAD_NUMBER))
			.withMessage("'abc' in the calories column in Breakfast is not a number");
	}

	@Test
	void readsNumbersWithUnitsSeparatorsAndBlanks() {
		assertThat(DiaryNumbers.parse(" 1,234.5 ", "x")).isEqualTo(1234.5);
		assertThat(DiaryNumbers.parse("12g", "x")).isEqualTo(12.0);
		assertThat(DiaryNumbers.parse("8 %", "x")).isEqualTo(8.0);
		assertThat(DiaryNumbers.parse("-250", "x")).isEqualTo(-250.0);
		assertThat(DiaryNumbers.parse("\u00a0", "x")).isNull();
		assertThat(DiaryNumbers.parse("--", "x")).isNull();
	}

	@Test
	void mapsNutrientKeysToStoredFieldNames() {
		assertThat(DiaryFields.stored("calories")).isEqualTo("kcal");
		assertThat(DiaryFields.stored("carbohydrates")).isEqualTo("carbohydratesG");
		assertThat(DiaryFields.stored("sodium")).isEqualTo("sodiumMg");
		assertThat(DiaryFields.stored("potass.")).isEqualTo("potassiumMg");
		assertThat(DiaryFields.stored("vit a")).isEqualTo("vitaminAPct");
		assertThat(DiaryFields.stored("added sugars")).isEqualTo("addedSugars");
		assertThat(DiaryFields.stored("$.")).isNull();
	}

}
