package health.falcon.devstack.sandbox.googlehealth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * {@code dataPoints.list}: walks the days from newest to oldest, returns points newest
 * first, and pages with an opaque token holding the last key returned. The final page's
 * {@code nextPageToken} is {@code ""} when it is an odd page of the listing (1st, 3rd,
 * ...) and absent otherwise, so clients meet both forms deterministically.
 */
@Component
class DataPointPager {

	private final DataPointSource source;

	private final DataWindow window;

	DataPointPager(DataPointSource source, DataWindow window) {
		this.source = source;
		this.window = window;
	}

	Map<String, Object> list(DataType type, DataPointFilter filter, int pageSize, @Nullable String pageToken) {
		Token token = (pageToken == null || pageToken.isEmpty()) ? new Token(Long.MAX_VALUE, 0)
				: Token.decode(pageToken, type, filter);
		Instant windowStart = this.window.start();
		Instant windowEnd = this.window.end();
		Instant lower = max(filter.lowerBound(), windowStart);
		Instant upper = min(min(filter.upperBound(), windowEnd), Instant.ofEpochMilli(token.cursor()));
		List<Map<String, Object>> page = new ArrayList<>();
		long lastKey = 0;
		boolean more = false;
		int margin = (type.kind() == DataType.RecordKind.SLEEP || filter.civil()) ? 1 : 0;
		LocalDate lowDay = LocalDate.ofInstant(lower, ZoneOffset.UTC).minusDays(margin);
		for (LocalDate day = LocalDate.ofInstant(upper, ZoneOffset.UTC); !day.isBefore(lowDay)
				&& !more; day = day.minusDays(1)) {
			DayPoints points = this.source.day(type, day);
			for (int i = 0; i < points.size(); i++) {
				long key = points.sortKey(i);
				if (key >= token.cursor() || key < windowStart.toEpochMilli()
						|| points.availableAt(i).isAfter(windowEnd)
						|| !filter.matches(points.filterInstant(i), points.filterCivil(i))) {
					continue;
				}
				if (page.size() == pageSize) {
					more = true;
					break;
				}
				page.add(points.json(i));
				lastKey = key;
			}
		}
		Map<String, Object> body = new LinkedHashMap<>();
		if (!page.isEmpty()) {
			body.put("dataPoints", page);
		}
		if (more) {
			body.put("nextPageToken", new Token(lastKey, token.page() + 1).encode(type, filter));
		}
		else if (token.page() % 2 == 0) {
			body.put("nextPageToken", "");
		}
		return body;
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	/**
	 * Page token contents.
	 *
	 * @param cursor sort key of the last point returned (exclusive bound for the next
	 * page)
	 * @param page index of the page the token asks for
	 */
	record Token(long cursor, int page) {

		String encode(DataType type, DataPointFilter filter) {
			String raw = type.kebab() + "|" + filter.text().hashCode() + "|" + this.cursor + "|" + this.page;
			return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
		}

		static Token decode(String token, DataType type, DataPointFilter filter) {
			try {
				String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
				if (parts.length != 4 || !parts[0].equals(type.kebab())
						|| !parts[1].equals(String.valueOf(filter.text().hashCode()))) {
					throw GoogleApiException
						.invalidArgument("The page token does not match the request: every other field must match.");
				}
				return new Token(Long.parseLong(parts[2]), Integer.parseInt(parts[3]));
			}
			catch (IllegalArgumentException ex) {
				throw GoogleApiException.invalidArgument("Invalid page token.");
			}
		}

	}

}
