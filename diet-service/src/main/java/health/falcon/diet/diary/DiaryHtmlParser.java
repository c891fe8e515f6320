package health.falcon.diet.diary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Reads a MyFitnessPal food diary page ({@code /food/diary/{username}?date=}) the way the
 * community client python-myfitnesspal does. Each {@code tr.meal_header} starts a meal:
 * its first cell is the meal name, the others the nutrient column headers. The rows after
 * it without a {@code class} are entries (the name in an {@code <a>} in one's own diary,
 * plain text in a friend's; values possibly inside {@code span.macro-value}); the first
 * row with a class ends the meal. The first {@code tr.total} holds the totals, the row
 * after it the daily goals, and {@code div#complete_day} says whether the day was
 * completed. Pure: no I/O, no Spring.
 */
final class DiaryHtmlParser {

	/** Larger pages are refused rather than parsed (a real diary page is ~100 KB). */
	static final int MAX_CHARS = 4 * 1024 * 1024;

	private DiaryHtmlParser() {
	}

	/**
	 * @param html the page
	 * @return the day
	 * @throws DiaryUnavailableException when the diary is private or locked
	 * @throws DiaryParseException when the page is not a readable diary
	 */
	static ParsedDiary parse(String html) {
		if (html.length() > MAX_CHARS) {
			throw new DiaryParseException("the page is larger than " + MAX_CHARS + " characters");
		}
		Document document = Jsoup.parse(html);
		String text = document.text().toLowerCase(Locale.ROOT);
		if (text.contains("user maintains a private diary")) {
			throw new DiaryUnavailableException(DiaryUnavailableException.PRIVATE);
		}
		if (text.contains("diary is locked with a key")) {
			throw new DiaryUnavailableException(DiaryUnavailableException.LOCKED);
		}
		Elements headers = document.select("tr.meal_header");
		if (headers.isEmpty()) {
			throw new DiaryParseException("the page has no diary table (no meal header row)");
		}
		List<String> fields = fields(headers.first());
		List<ParsedDiary.Meal> meals = new ArrayList<>();
		for (Element header : headers) {
			meals.add(meal(header));
		}
		Element total = document.selectFirst("tr.total");
		Map<String, Double> totals = (total != null) ? values(total, fields, "in the totals row") : sum(meals);
		Element goal = (total != null) ? total.nextElementSibling() : null;
		Map<String, Double> goals = (goal != null && goal.is("tr")) ? values(goal, fields, "in the goal row")
				: Map.of();
		return new ParsedDiary(List.copyOf(meals), totals, goals, complete(document));
	}

	private static ParsedDiary.Meal meal(Element header) {
		String name = (header.childrenSize() > 0) ? label(header.child(0)) : "";
		List<String> fields = fields(header);
		List<ParsedDiary.Entry> entries = new ArrayList<>();
		for (Element row = header.nextElementSibling(); row != null
				&& !row.hasAttr("class"); row = row.nextElementSibling()) {
			if (!row.is("tr") || row.childrenSize() == 0) {
				continue;
			}
			Element first = row.child(0);
			Element link = first.selectFirst("a");
			String food = ((link != null) ? link.text() : first.text()).strip();
			entries.add(new ParsedDiary.Entry(food, values(row, fields, "in " + name)));
		}
		return new ParsedDiary.Meal(name, List.copyOf(entries));
	}

	/**
	 * The nutrient keys of a header row, index-aligned with its cells (0 is the name).
	 */
	private static List<String> fields(Element header) {
		List<String> fields = new ArrayList<>();
		for (Element cell : header.children()) {
			fields.add(key(label(cell)));
		}
		return fields;
	}

	private static Map<String, Double> values(Element row, List<String> fields, String where) {
		Map<String, Double> values = new LinkedHashMap<>();
		Elements cells = row.children();
		for (int i = 1; i < fields.size() && i < cells.size(); i++) {
			String field = fields.get(i);
			if (field.isEmpty()) {
				continue;
			}
			Element cell = cells.get(i);
			Element macro = cell.selectFirst("span.macro-value");
			Double value = DiaryNumbers.parse((macro != null) ? macro.text() : cell.text(),
					"in the " + field + " column " + where);
			if (value != null) {
				values.put(field, value);
			}
		}
		return values;
	}

	private static Map<String, Double> sum(List<ParsedDiary.Meal> meals) {
		Map<String, Double> totals = new LinkedHashMap<>();
		meals.forEach((meal) -> meal.entries()
			.forEach((entry) -> entry.nutrition().forEach((key, value) -> totals.merge(key, value, Double::sum))));
		return totals;
	}

	private static @Nullable Boolean complete(Document document) {
		Element box = document.selectFirst("div#complete_day");
		if (box == null) {
			return null;
		}
		if (box.selectFirst(".day_complete_message") != null) {
			return Boolean.TRUE;
		}
		return (box.selectFirst(".day_incomplete_message") != null) ? Boolean.FALSE : null;
	}

	/**
	 * A cell's own text (a header's unit subtitle is a child element), else all of it.
	 */
	private static String label(Element cell) {
		String own = cell.ownText().strip();
		return own.isEmpty() ? cell.text().strip() : own;
	}

	private static String key(String header) {
		String key = header.toLowerCase(Locale.ROOT).strip();
		return key.equals("carbs") ? "carbohydrates" : key;
	}

}
