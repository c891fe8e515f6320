package health.falcon.diet.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import health.falcon.diet.nutrition.DiaryDay;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiaryMapperTests {

	private static final ParsedDiary PAGE = new ParsedDiary(
			List.of(new ParsedDiary.Meal("Breakfast",
					List.of(new ParsedDiary.Entry("Oats", Map.of("calories", 1255.2, "fat", 5.0))))),
			Map.of("calories", 1255.2), Map.of("calories", 8368.0), true);

	private static final DiaryDay.DiarySource SOURCE = new DiaryDay.DiarySource("42", "run-1",
			Instant.parse("2026-03-10T06:00:00Z"));

	@Test
	void storesTheEnergyOfAKilojouleAccountInKilocalories() {
		DiaryDay day = DiaryMapper.map("u1", LocalDate.parse("2026-03-10"), PAGE, profile("kilojoules"), null, SOURCE);

		assertThat(day.totals()).containsEntry("kcal", 300.0);
		assertThat(day.goals()).containsEntry("kcal", 2000.0);
		assertThat(day.meals().get(0).items().get(0).nutrients()).containsEntry("kcal", 300.0)
			.containsEntry("fatG", 5.0);
	}

	@Test
	void keepsTheEnergyOfACalorieAccount() {
		DiaryDay day = DiaryMapper.map("u1", LocalDate.parse("2026-03-10"), PAGE, profile("calories"), null, SOURCE);

		assertThat(day.totals()).containsEntry("kcal", 1255.2);
	}

	private static MyFitnessPalProfile profile(String energy) {
		return new MyFitnessPalProfile("42", "someone", Map.of("energy", energy), List.of("Breakfast"), List.of());
	}

}
