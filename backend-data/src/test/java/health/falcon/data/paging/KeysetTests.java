package health.falcon.data.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KeysetTests {

	private static final Keyset READINGS = new Keyset("readings", "time.instant", SortKind.INSTANT);

	private static final Keyset DAYS = new Keyset("days", "date", SortKind.LOCAL_DATE);

	private static final Date INSTANT = Date.from(Instant.parse("2026-03-29T01:30:00.123Z"));

	@Test
	void readsBackTheCursorItWroteForTheSameUser() {
		String cursor = READINGS.encode(new Position(INSTANT, "demo:1"), "demo");
		assertThat(cursor).matches("[A-Za-z0-9_-]+");
		assertThat(READINGS.decode(cursor, "demo")).isEqualTo(new Position(INSTANT, "demo:1"));
		String day = DAYS.encode(new Position("2026-03-29", "demo/2026-03-29"), "demo");
		assertThat(DAYS.decode(day, "demo")).isEqualTo(new Position("2026-03-29", "demo/2026-03-29"));
	}

	@Test
	void answersNoCursorWithTheFirstPage() {
		assertThat(READINGS.decode(null, "demo")).isNull();
	}

	@Test
	void refusesACursorGivenToAnotherUser() {
		String cursor = READINGS.encode(new Position(INSTANT, "demo:1"), "demo");
		assertRefused(READINGS, cursor, "alex");
	}

	@Test
	void refusesACursorOfAnotherList() {
		String cursor = new Keyset("others", "time.instant", SortKind.INSTANT).encode(new Position(INSTANT, "demo:1"),
				"demo");
		assertRefused(READINGS, cursor, "demo");
	}

	@Test
	void refusesAChangedCursor() {
		String cursor = READINGS.encode(new Position(INSTANT, "demo:1"), "demo");
		String payload = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		String changed = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(payload.replace("demo:1", "demo:2").getBytes(StandardCharsets.UTF_8));
		assertRefused(READINGS, changed, "demo");
		assertRefused(READINGS, cursor.substring(0, cursor.length() - 3), "demo");
		assertRefused(READINGS, cursor + "A", "demo");
	}

	@Test
	void refusesWhatIsNoCursorAtAll() {
		assertRefused(READINGS, "not base64!", "demo");
		assertRefused(READINGS, "", "demo");
		assertRefused(READINGS, Base64.getUrlEncoder().encodeToString("v1\nreadings".getBytes(StandardCharsets.UTF_8)),
				"demo");
	}

	@Test
	void refusesASortValueOfTheWrongKind() {
		String cursor = DAYS.encode(new Position("2026-03-29", "demo/2026-03-29"), "demo");
		assertRefused(new Keyset("days", "date", SortKind.INSTANT), cursor, "demo");
	}

	@Test
	void cutsAPageAndPointsTheCursorAtItsLastItem() {
		List<Document> fetched = List.of(reading("demo:3", "2026-03-29T03:00:00Z"),
				reading("demo:2", "2026-03-29T02:00:00Z"), reading("demo:1", "2026-03-29T01:00:00Z"));
		Slice<Document> page = READINGS.slice(fetched, 2, "demo");
		assertThat(page.items()).hasSize(2);
		assertThat(READINGS.decode(page.nextCursor(), "demo"))
			.isEqualTo(new Position(Date.from(Instant.parse("2026-03-29T02:00:00Z")), "demo:2"));
		assertThat(READINGS.slice(fetched, 3, "demo").nextCursor()).isNull();
	}

	@Test
	void queriesTheItemsStrictlyAfterThePositionNewestFirst() {
		Document query = READINGS.query(new Criteria("userId").is("demo"), new Position(INSTANT, "demo:1"), 2)
			.getQueryObject();
		assertThat(query.toJson()).contains("\"$or\"").contains("\"$lt\"");
		assertThat(READINGS.query(new Criteria("userId").is("demo"), null, 2).getLimit()).isEqualTo(3);
	}

	private static Document reading(String id, String instant) {
		return new Document("_id", id).append("time", new Document("instant", Date.from(Instant.parse(instant))));
	}

	private static void assertRefused(Keyset keyset, String cursor, String userId) {
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> keyset.decode(cursor, userId))
			.satisfies((ex) -> assertThat(ex.getProperties()).containsKey("errors"));
	}

}
