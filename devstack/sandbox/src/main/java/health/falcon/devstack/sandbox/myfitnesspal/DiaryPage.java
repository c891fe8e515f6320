package health.falcon.devstack.sandbox.myfitnesspal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Renders the food diary in the structure MyFitnessPal serves and the community client
 * parses: per meal a {@code tr.meal_header} (meal name, then the nutrient column names),
 * entry rows without a class (food name in an {@code a}, numbers with thousands
 * separators, macros in {@code span.macro-value}), a {@code tr.bottom} row ending the
 * meal; then {@code tr.total}, {@code tr.total.alt} (first cell "Your Daily Goal") and
 * {@code tr.total.remaining}; and {@code div#complete_day}. Also the private and locked
 * pages.
 */
final class DiaryPage {

	static final String PRIVATE_TEXT = "This user maintains a private diary.";

	static final String LOCKED_TEXT = "This Diary is locked with a key.";

	private static final List<String> COLUMNS = List.of("Calories", "Carbs", "Fat", "Protein", "Sodium", "Sugar");

	private static final List<String> UNITS = List.of("kcal", "g", "g", "g", "mg", "g");

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.US);

	private static final String LAYOUT = """
			<!DOCTYPE html>
			<html lang="en">
			<head>
			<meta charset="utf-8">
			<title>%s | MyFitnessPal.com</title>
			</head>
			<body>
			<div id="content">
			%s
			</div>
			</body>
			</html>
			""";

	private DiaryPage() {
	}

	static String diary(String username, DiaryDay day, MfpAccount account) {
		StringBuilder html = new StringBuilder();
		html.append("<h1 class=\"main-title\">Your Food Diary For:</h1>\n");
		html.append("<div id=\"date_controls\"><time datetime=\"")
			.append(day.date())
			.append("\">")
			.append(LONG_DATE.format(day.date()))
			.append("</time></div>\n");
		html.append("<div class=\"food_container\">\n<table class=\"table0\" id=\"diary-table\">\n<tbody>\n");
		for (int i = 0; i < day.meals().size(); i++) {
			appendMeal(html, day.meals().get(i), i);
		}
		Nutrition totals = day.totals();
		appendRow(html, "total", "Totals", totals);
		appendRow(html, "total alt", "Your Daily Goal", account.goals());
		appendRow(html, "total remaining", "Remaining", account.goals().minus(totals));
		html.append("</tbody>\n<tfoot>\n<tr><td class=\"first\"></td>");
		for (int i = 0; i < COLUMNS.size(); i++) {
			html.append("<th class=\"nutrient-column\">")
				.append(COLUMNS.get(i))
				.append("<div class=\"subtitle\">")
				.append(UNITS.get(i))
				.append("</div></th>");
		}
		html.append("</tr>\n</tfoot>\n</table>\n</div>\n");
		appendCompletion(html, day.complete());
		return LAYOUT.formatted(WebPages.escape(username) + "'s Food Diary", html);
	}

	static String privateDiary(String username) {
		return LAYOUT.formatted("Food Diary", "<div id=\"main\"><h1>" + WebPages.escape(username)
				+ "'s Food Diary</h1>\n<p class=\"private\">" + PRIVATE_TEXT + "</p></div>");
	}

	static String lockedDiary(String username) {
		return LAYOUT.formatted("Food Diary",
				"<div id=\"main\"><h1>" + WebPages.escape(username) + "'s Food Diary</h1>\n<p class=\"locked\">"
						+ LOCKED_TEXT
						+ "</p>\n<form method=\"post\"><label>Diary key <input type=\"password\" name=\"key\"></label>"
						+ "<input type=\"submit\" value=\"View Diary\"></form></div>");
	}

	private static void appendMeal(StringBuilder html, DiaryDay.Meal meal, int index) {
		html.append("<tr class=\"meal_header\"><td class=\"first alt\">").append(WebPages.escape(meal.name()));
		html.append("</td>");
		COLUMNS.forEach((column) -> html.append("<td class=\"alt\">").append(column).append("</td>"));
		html.append("</tr>\n");
		for (DiaryDay.Entry entry : meal.entries()) {
			html.append("<tr><td class=\"first alt\"><a class=\"js-show-edit-food\" href=\"#\" data-food-entry-id=\"")
				.append(entry.id())
				.append("\">")
				.append(WebPages.escape(entry.name()))
				.append("</a></td>");
			appendNumbers(html, entry.nutrition());
			html.append("</tr>\n");
		}
		html.append(
				"<tr class=\"bottom\"><td class=\"first\"><a class=\"add_food\" href=\"/myfitnesspal/www/food/add_to_diary?meal=")
			.append(index)
			.append("\">Add Food</a></td>");
		appendNumbers(html, meal.totals());
		html.append("</tr>\n<tr class=\"spacer\"><td colspan=\"7\">&nbsp;</td></tr>\n");
	}

	private static void appendRow(StringBuilder html, String cssClass, String label, Nutrition nutrition) {
		html.append("<tr class=\"").append(cssClass).append("\"><td class=\"first\">").append(label).append("</td>");
		appendNumbers(html, nutrition);
		html.append("</tr>\n");
	}

	private static void appendNumbers(StringBuilder html, Nutrition nutrition) {
		int[] values = nutrition.values();
		for (int i = 0; i < values.length; i++) {
			String number = String.format(Locale.US, "%,d", values[i]);
			boolean macro = i >= 1 && i <= 3;
			html.append("<td>")
				.append(macro ? "<span class=\"macro-value\">" + number + "</span>" : number)
				.append("</td>");
		}
	}

	private static void appendCompletion(StringBuilder html, boolean complete) {
		html.append("<div id=\"complete_day\">\n");
		if (complete) {
			html.append("<div class=\"day_complete_message\"><p>You have completed your food diary for this day.</p>");
		}
		else {
			html.append(
					"<div class=\"day_incomplete_message\"><p>When you're finished logging all foods and exercise for this day, click here:</p>")
				.append("<form method=\"post\" action=\"/myfitnesspal/www/food/complete\"><input type=\"submit\" value=\"Complete This Entry\"></form>");
		}
		html.append("</div>\n</div>\n");
	}

}
