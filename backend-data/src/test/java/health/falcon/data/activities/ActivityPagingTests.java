package health.falcon.data.activities;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import health.falcon.data.MongoSliceSupport;
import health.falcon.data.api.ActivityPage;
import health.falcon.data.api.ActivityTotals;
import health.falcon.data.paging.InvalidParameterException;
import health.falcon.documents.activities.ActivityDocument;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link ActivityService}'s cursor paging and sport filter against mongo-java-server,
 * with activities stored as the shared {@link ActivityDocument} record that
 * fitness-service writes.
 */
@Import({ ActivityRepository.class, ActivityService.class })
class ActivityPagingTests extends MongoSliceSupport {

	private static final LocalDate FROM = LocalDate.parse("2026-03-01");

	private static final LocalDate TO = LocalDate.parse("2026-03-31");

	@Autowired
	private ActivityService service;

	@BeforeEach
	void clean() {
		this.template.remove(new Query(), "activities");
	}

	@Test
	void pagesThroughEveryActivityOnceWhileNewerAndOlderOnesArrive() {
		for (int day = 10; day <= 14; day++) {
			insert("demo", "d" + day, day, "RUN");
		}
		ActivityPage first = page(null, null);
		assertThat(ids(first)).containsExactly("demo:strava:d14", "demo:strava:d13");
		insert("demo", "new", 20, "RUN");
		insert("demo", "old", 2, "RUN");
		List<String> seen = new ArrayList<>(ids(first));
		String cursor = first.nextCursor();
		while (cursor != null) {
			ActivityPage next = page(null, cursor);
			seen.addAll(ids(next));
			cursor = next.nextCursor();
		}
		assertThat(seen).doesNotHaveDuplicates()
			.containsExactly("demo:strava:d14", "demo:strava:d13", "demo:strava:d12", "demo:strava:d11",
					"demo:strava:d10", "demo:strava:old");
	}

	@Test
	void breaksTiesOnTheSameStartByTheId() {
		insert("demo", "a", 10, "RUN");
		insert("demo", "b", 10, "RUN");
		insert("demo", "c", 10, "RUN");
		ActivityPage first = this.service.activitiesOf("demo", FROM, TO, 2, null, null);
		ActivityPage second = this.service.activitiesOf("demo", FROM, TO, 2, null, first.nextCursor());
		assertThat(ids(first)).containsExactly("demo:strava:c", "demo:strava:b");
		assertThat(ids(second)).containsExactly("demo:strava:a");
		assertThat(second.nextCursor()).isNull();
	}

	@Test
	void filtersBySportInAnyCaseAndTotalsOnlyThatSport() {
		insert("demo", "run", 10, "RUN");
		insert("demo", "ride", 11, "RIDE");
		ActivityPage runs = this.service.activitiesOf("demo", FROM, TO, 50, "run", null);
		assertThat(ids(runs)).containsExactly("demo:strava:run");
		assertThat(runs.totals()).isEqualTo(new ActivityTotals(1, 5000.0, 1800, null, 0));
		assertThat(runs.nextCursor()).isNull();
	}

	@Test
	void refusesACursorOfAnotherUserOrList() {
		insert("demo", "a", 10, "RUN");
		insert("demo", "b", 11, "RUN");
		String cursor = this.service.activitiesOf("demo", FROM, TO, 1, null, null).nextCursor();
		assertThat(cursor).isNotNull();
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.service.activitiesOf("alex", FROM, TO, 1, null, cursor));
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.service.activitiesOf("demo", FROM, TO, 1, null, cursor + "x"));
	}

	private ActivityPage page(@Nullable String sport, @Nullable String cursor) {
		return this.service.activitiesOf("demo", FROM, TO, 2, sport, cursor);
	}

	private void insert(String userId, String sourceId, int day, String sport) {
		Instant start = LocalDate.of(2026, 3, day).atTime(7, 0).toInstant(ZoneOffset.UTC);
		this.template.insert(new ActivityDocument(userId + ":strava:" + sourceId, userId, "Run " + sourceId, sport,
				sport, new ActivityDocument.Time(start, "+00:00", "UTC", LocalDate.of(2026, 3, day).toString(), false),
				1900L, 1800L, 5000.0, null, null, null, null, null, null, null, false));
	}

	private static List<String> ids(ActivityPage page) {
		return page.items().stream().map(ActivityPage.Item::id).toList();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC);
		}

	}

}
