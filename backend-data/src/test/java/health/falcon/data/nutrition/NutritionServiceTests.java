package health.falcon.data.nutrition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import health.falcon.data.MongoSliceSupport;
import health.falcon.data.api.NutritionDay;
import health.falcon.data.api.NutritionDayDetail;
import health.falcon.data.api.NutritionDayPage;
import health.falcon.data.api.NutritionMeal;
import health.falcon.data.api.SourceInfo;
import health.falcon.data.paging.InvalidParameterException;
import health.falcon.data.paging.ItemNotFoundException;
import health.falcon.data.paging.ListQuery;
import health.falcon.data.precedence.NutritionChannel;
import health.falcon.data.precedence.PrecedenceProperties;
import health.falcon.data.stored.NutritionDays;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link NutritionService} and {@link NutritionRepository} against mongo-java-server,
 * with days written as diet-service's export import and diary adapter write them
 * ({@link NutritionDays}).
 */
@Import({ NutritionRepository.class, NutritionService.class })
@EnableConfigurationProperties(PrecedenceProperties.class)
class NutritionServiceTests extends MongoSliceSupport {

	private static final LocalDate MARCH_10 = LocalDate.parse("2026-03-10");

	private static final SourceInfo EXPORT = new SourceInfo("myfitnesspal", "export", "Nutrition-Summary.csv", null,
			null);

	private static final SourceInfo DIARY = new SourceInfo("myfitnesspal", "diary", null, null,
			Instant.parse("2026-03-11T02:00:00Z"));

	@Autowired
	private NutritionService service;

	@Autowired
	private NutritionRepository repository;

	@Test
	void listsADayWithBothChannelsFromTheDiaryByDefault() {
		NutritionDays.export(this.template, "demo", MARCH_10, 2100.0);
		NutritionDays.diary(this.template, "demo", MARCH_10, 1900.0);
		NutritionDay day = only(this.service.days("demo", query(null, null, null, null)));
		assertThat(day.channels()).containsExactly("export", "diary");
		assertThat(day.channel()).isEqualTo("diary");
		assertThat(day.totals()).containsExactly(Map.entry("kcal", 1900.0));
		assertThat(day.meals().get(0).items().get(0).name()).isEqualTo("Oats");
		assertThat(day.waterMl()).isEqualTo(1500.0);
		assertThat(day.source()).isEqualTo(DIARY);
	}

	@Test
	void listsADayWithBothChannelsFromTheExportWithTheDiarysWaterAndGoalsWhenTheExportComesFirst() {
		NutritionDays.export(this.template, "demo", MARCH_10, 2100.0);
		NutritionDays.diary(this.template, "demo", MARCH_10, 1900.0);
		NutritionService exportFirst = new NutritionService(this.repository,
				new PrecedenceProperties(List.of(NutritionChannel.EXPORT, NutritionChannel.DIARY)));
		NutritionDay day = only(exportFirst.days("demo", query(null, null, null, null)));
		assertThat(day).isEqualTo(new NutritionDay("demo/2026-03-10", MARCH_10, List.of("export", "diary"), "export",
				Map.of("kcal", 2100.0, "proteinG", 80.0),
				List.of(new NutritionMeal("Breakfast", Map.of("kcal", 2100.0),
						List.of(new NutritionMeal.Item(null, "07:30", Map.of("kcal", 2100.0), null)))),
				1500.0, Map.of("kcal", 2000.0), EXPORT));
	}

	@Test
	void listsADiaryOnlyDayFromTheDiary() {
		NutritionDays.diary(this.template, "demo", MARCH_10, 1900.0);
		NutritionDay day = only(this.service.days("demo", query(null, null, null, null)));
		assertThat(day.channels()).containsExactly("diary");
		assertThat(day.channel()).isEqualTo("diary");
		assertThat(day.totals()).containsExactly(Map.entry("kcal", 1900.0));
		assertThat(day.meals().get(0).items().get(0).name()).isEqualTo("Oats");
		assertThat(day.source()).isEqualTo(DIARY);
	}

	@Test
	void neverTakesTotalsFromAChannelThePrecedenceLeavesOut() {
		NutritionDays.export(this.template, "demo", MARCH_10, 2100.0);
		NutritionService diaryOnly = new NutritionService(this.repository,
				new PrecedenceProperties(List.of(NutritionChannel.DIARY)));
		NutritionDay day = only(diaryOnly.days("demo", query(null, null, null, null)));
		assertThat(day.channels()).containsExactly("export");
		assertThat(day.channel()).isNull();
		assertThat(day.totals()).isNull();
		assertThat(day.source()).isNull();
	}

	@Test
	void listsAnExportDayWithoutDiaryWithUnknownWaterAndGoals() {
		NutritionDays.export(this.template, "demo", MARCH_10, 2100.0);
		NutritionDay day = only(this.service.days("demo", query(null, null, null, null)));
		assertThat(day.channels()).containsExactly("export");
		assertThat(day.waterMl()).isNull();
		assertThat(day.goals()).isNull();
	}

	@Test
	void listsADayWithOnlyExerciseWithUnknownTotals() {
		NutritionDays.exercise(this.template, "demo", MARCH_10);
		NutritionDay day = only(this.service.days("demo", query(null, null, null, null)));
		assertThat(day.channels()).containsExactly("export");
		assertThat(day.channel()).isNull();
		assertThat(day.totals()).isNull();
		assertThat(day.meals()).isEmpty();
		assertThat(day.source()).isNull();
	}

	@Test
	void showsBothChannelsWithTheirProvenanceInTheDetail() {
		NutritionDays.export(this.template, "demo", MARCH_10, 2100.0);
		NutritionDays.exercise(this.template, "demo", MARCH_10);
		NutritionDays.diary(this.template, "demo", MARCH_10, 1900.0);
		NutritionDayDetail detail = this.service.day("demo", "2026-03-10");
		assertThat(detail.id()).isEqualTo("demo/2026-03-10");
		assertThat(detail.export()).isNotNull();
		assertThat(detail.export().totals()).containsEntry("kcal", 2100.0);
		assertThat(detail.export().source()).isEqualTo(EXPORT);
		assertThat(detail.export().exerciseSource())
			.isEqualTo(new SourceInfo("myfitnesspal", "export", "Exercise-Summary.csv", null, null));
		assertThat(detail.export().exercise()).containsExactly(
				new NutritionDayDetail.Exercise("Running", "Cardio", 300.0, 30.0, null, null, null, null, null));
		assertThat(detail.diary()).isEqualTo(new NutritionDayDetail.Diary(Map.of("kcal", 1900.0),
				List.of(new NutritionMeal("Breakfast", Map.of("kcal", 1900.0),
						List.of(new NutritionMeal.Item("Oats", null, Map.of("kcal", 1900.0), null)))),
				Map.of("kcal", 2000.0), 1500.0, true, DIARY));
	}

	@Test
	void answersADiaryOnlyDetailWithoutAnExport() {
		NutritionDays.diary(this.template, "demo", MARCH_10, 1900.0);
		NutritionDayDetail detail = this.service.day("demo", "2026-03-10");
		assertThat(detail.export()).isNull();
		assertThat(detail.diary()).isNotNull();
	}

	@Test
	void answersAnotherUsersDayAndAnEmptyDayAsNotFound() {
		NutritionDays.export(this.template, "demo", MARCH_10, 2100.0);
		assertThatExceptionOfType(ItemNotFoundException.class).isThrownBy(() -> this.service.day("alex", "2026-03-10"));
		assertThatExceptionOfType(ItemNotFoundException.class).isThrownBy(() -> this.service.day("demo", "2026-03-11"));
		assertThat(this.service.days("alex", query(null, null, null, null)).items()).isEmpty();
	}

	@Test
	void refusesADateThatIsNotADate() {
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.service.day("demo", "2026-02-30"))
			.satisfies((ex) -> assertThat(ex.getProperties()).extractingByKey("errors")
				.isEqualTo(List.of(Map.of("field", "date", "message", "must be a date YYYY-MM-DD"))));
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.service.day("demo", "10.03.2026"));
	}

	@Test
	void selectsByTheStoredLocalDateInclusivelyAroundTheSpringForwardDay() {
		// A day is the user's local date as diet-service stored it; 2026-03-29 (23 hours
		// in
		// Berlin) is one day like any other.
		for (String date : List.of("2026-03-28", "2026-03-29", "2026-03-30", "2026-03-31")) {
			NutritionDays.export(this.template, "demo", LocalDate.parse(date), 2000.0);
		}
		NutritionDayPage page = this.service.days("demo", query("2026-03-29", "2026-03-30", null, null));
		assertThat(page.items()).extracting(NutritionDay::date)
			.extracting(LocalDate::toString)
			.containsExactly("2026-03-30", "2026-03-29");
	}

	@Test
	void pagesThroughEveryDayOnceWhileNewerAndOlderDaysArrive() {
		for (int day = 10; day <= 14; day++) {
			NutritionDays.export(this.template, "demo", LocalDate.of(2026, 3, day), 2000.0);
		}
		NutritionDayPage first = this.service.days("demo", query(null, null, 2, null));
		NutritionDays.diary(this.template, "demo", LocalDate.of(2026, 3, 20), 1800.0);
		NutritionDays.diary(this.template, "demo", LocalDate.of(2026, 3, 2), 1800.0);
		// a diary arriving for a day already shown changes that day, not the paging
		NutritionDays.diary(this.template, "demo", LocalDate.of(2026, 3, 14), 1800.0);
		List<String> seen = new ArrayList<>(ids(first));
		String cursor = first.nextCursor();
		while (cursor != null) {
			NutritionDayPage next = this.service.days("demo", query(null, null, 2, cursor));
			seen.addAll(ids(next));
			cursor = next.nextCursor();
		}
		assertThat(seen).doesNotHaveDuplicates()
			.containsExactly("demo/2026-03-14", "demo/2026-03-13", "demo/2026-03-12", "demo/2026-03-11",
					"demo/2026-03-10", "demo/2026-03-02");
	}

	@Test
	void refusesACursorOfAnotherUser() {
		NutritionDays.export(this.template, "demo", MARCH_10, 2000.0);
		NutritionDays.export(this.template, "demo", MARCH_10.plusDays(1), 2000.0);
		String cursor = this.service.days("demo", query(null, null, 1, null)).nextCursor();
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.service.days("alex", query(null, null, 1, cursor)));
	}

	private static NutritionDay only(NutritionDayPage page) {
		assertThat(page.items()).hasSize(1);
		assertThat(page.nextCursor()).isNull();
		return page.items().get(0);
	}

	private static List<String> ids(NutritionDayPage page) {
		return page.items().stream().map(NutritionDay::id).toList();
	}

	private static ListQuery query(@Nullable String from, @Nullable String to, @Nullable Integer limit,
			@Nullable String cursor) {
		return new ListQuery((from != null) ? LocalDate.parse(from) : null, (to != null) ? LocalDate.parse(to) : null,
				limit, cursor);
	}

}
