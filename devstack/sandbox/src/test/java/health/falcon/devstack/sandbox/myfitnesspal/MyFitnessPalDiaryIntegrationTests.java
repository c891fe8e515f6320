package health.falcon.devstack.sandbox.myfitnesspal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import health.falcon.devstack.sandbox.common.TestClock;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static health.falcon.devstack.sandbox.myfitnesspal.MyFitnessPalFlow.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML food diary, read the way the community client reads it (with jsoup): meal
 * headers, entry rows up to the next row with a class, totals and goals, completion, and
 * the private and locked pages; plus the water log.
 */
@MyFitnessPalSandboxTest
class MyFitnessPalDiaryIntegrationTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestClock clock;

	private MyFitnessPalFlow flow;

	private String session;

	@BeforeEach
	void setUp() {
		this.clock.set(TestClock.START);
		this.flow = new MyFitnessPalFlow(this.mvc);
		this.session = this.flow.session("demo");
	}

	@Test
	void aLoggedDayHasMealsEntriesTotalsAndGoals() {
		Document page = this.flow.diaryPage(this.session, "demo", "2026-11-18");
		List<Element> headers = page.select("tr.meal_header");
		assertThat(headers).extracting((header) -> header.child(0).text())
			.containsExactly("Breakfast", "Lunch", "Dinner", "Snacks");
		assertThat(headers.get(0).children().stream().skip(1).map(Element::text)).containsExactly("Calories", "Carbs",
				"Fat", "Protein", "Sodium", "Sugar");
		List<Element> entries = new ArrayList<>();
		for (Element header : headers) {
			Element row = header.nextElementSibling();
			while (row != null && row.className().isEmpty()) {
				entries.add(row);
				row = row.nextElementSibling();
			}
			assertThat(row).isNotNull();
			assertThat(row.hasClass("bottom")).isTrue();
		}
		assertThat(entries).hasSizeBetween(3, 6)
			.allSatisfy((entry) -> assertThat(entry.child(0).select("a").text()).isNotBlank());
		int[] sums = new int[6];
		entries.forEach((entry) -> {
			for (int i = 0; i < 6; i++) {
				sums[i] += number(entry.child(i + 1));
			}
		});
		Element totals = page.select("tr.total").first();
		assertThat(totals.child(0).text()).isEqualTo("Totals");
		for (int i = 0; i < 6; i++) {
			assertThat(number(totals.child(i + 1))).isEqualTo(sums[i]);
		}
		Element goals = totals.nextElementSibling();
		assertThat(goals.child(0).text()).isEqualTo("Your Daily Goal");
		assertThat(number(goals.child(1))).isEqualTo(2200);
		assertThat(goals.child(1).text()).isEqualTo("2,200");
		assertThat(entries.get(0).select("span.macro-value")).hasSize(3);
		assertThat(page.select("div#complete_day").first().child(0).className()).isIn("day_complete_message",
				"day_incomplete_message");
	}

	@Test
	void todayIsIncompleteAndTheSameDayRendersTheSame() {
		Document page = this.flow.diaryPage(this.session, "demo", TODAY.toString());
		assertThat(page.select("div#complete_day > .day_incomplete_message")).hasSize(1);
		assertThat(text(this.flow.diary(this.session, "demo", "2026-10-01")))
			.isEqualTo(text(this.flow.diary(this.session, "demo", "2026-10-01")));
	}

	@Test
	void aYearOfMealsWithSomeEmptyAndSomeIncompleteDays() {
		int empty = 0;
		int complete = 0;
		for (int day = 1; day <= 60; day++) {
			Document page = this.flow.diaryPage(this.session, "demo", TODAY.minusDays(day * 6L).toString());
			int entries = page.select("tr.meal_header ~ tr:not([class])").size();
			empty += (entries == 0) ? 1 : 0;
			complete += page.select(".day_complete_message").size();
		}
		assertThat(empty).isBetween(1, 15);
		assertThat(complete).isBetween(35, 58);
		Document beforeHistory = this.flow.diaryPage(this.session, "demo", "2025-06-01");
		assertThat(beforeHistory.select("tr.meal_header")).hasSize(4);
		assertThat(beforeHistory.select("tr.meal_header + tr").first().hasClass("bottom")).isTrue();
	}

	@Test
	void anotherUsersDiaryIsPrivate() {
		assertThat(text(this.flow.diary(this.session, "alex", "2026-11-18")))
			.contains("This user maintains a private diary.");
	}

	@Test
	void privateAndLockedScenarioAccounts() {
		assertThat(text(this.flow.diary(this.flow.session("private"), "private", "2026-11-18")))
			.contains("This user maintains a private diary.")
			.doesNotContain("meal_header");
		assertThat(text(this.flow.diary(this.flow.session("locked"), "locked", "2026-11-18")))
			.contains("This Diary is locked with a key.")
			.doesNotContain("meal_header");
	}

	@Test
	void alexsDiaryUsesTheCustomMealName() {
		Document page = this.flow.diaryPage(this.flow.session("alex"), "alex", "2026-11-18");
		assertThat(page.select("tr.meal_header")).extracting((header) -> header.child(0).text())
			.containsExactly("Breakfast", "Lunch", "Dinner", "Post-Workout");
	}

	@Test
	void waterIsJsonInMilliliters() {
		assertThat(this.mvc.get()
			.uri("/myfitnesspal/www/food/water?date=2026-11-18")
			.cookie(new jakarta.servlet.http.Cookie("mfp_session", this.session))
			.exchange()).hasStatusOk().bodyJson().extractingPath("$.item.milliliters").asNumber().isNotNull();
		assertThat(this.mvc.get().uri("/myfitnesspal/www/food/water?date=2026-11-18").exchange()).hasStatus(302);
	}

	private static int number(Element cell) {
		return Integer.parseInt(cell.text().replace(",", ""));
	}

}
