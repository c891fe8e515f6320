package health.falcon.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import health.falcon.documents.activities.ActivityDocument;
import health.falcon.testsupport.TestJwts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /activities} over HTTP against mongo-java-server, with activities stored as
 * the shared {@link ActivityDocument} record and tokens from {@link TestJwts}: each user
 * sees only their own, whatever the range.
 */
class ActivitiesIsolationIntegrationTests extends IsolationIntegrationSupport {

	@Test
	void neverShowsOneUserAnothersActivities() {
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		this.template.insert(activity("demo", "1", today, 500.0));
		this.template.insert(activity("alex", "2", today, null));
		RestTestClientResponse demo = get("/activities", "demo");
		assertThat(demo).hasStatusOk();
		assertThat(demo).bodyJson().extractingPath("$.items[*].id").asArray().containsExactly("demo:strava:1");
		assertThat(demo).bodyJson().extractingPath("$.totals.count").isEqualTo(1);
		assertThat(demo).bodyJson().extractingPath("$.totals.energyKcal").isEqualTo(500.0);
		RestTestClientResponse alex = get("/activities?from=2000-01-01&to=2100-01-01&limit=500", "alex");
		assertThat(alex).bodyJson().extractingPath("$.items[*].id").asArray().containsExactly("alex:strava:2");
		assertThat(alex).bodyJson().extractingPath("$.items[0].energyKcal").isNull();
		assertThat(alex).bodyJson().extractingPath("$.totals.energyKcal").isNull();
		RestTestClientResponse nobody = get("/activities", "sam");
		assertThat(nobody).bodyJson().extractingPath("$.items").asArray().isEmpty();
	}

	@Test
	void answersAnInvalidRangeWithAValidationProblem() {
		RestTestClientResponse response = get("/activities?from=2026-03-31&to=2026-03-01", "demo");
		assertThat(response).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson().extractingPath("$.errors[0].field").isEqualTo("from");
	}

	@Test
	void rejectsRequestsWithoutToken() {
		assertThat(RestTestClientResponse.from(this.client.get().uri("/activities").exchange())).hasStatus(401);
	}

	private static ActivityDocument activity(String userId, String sourceId, String localDate,
			@Nullable Double energyKcal) {
		return new ActivityDocument(userId + ":strava:" + sourceId, userId, "Run " + sourceId, "RUN", "Run",
				new ActivityDocument.Time(Instant.now(), "+00:00", "UTC", localDate, false), 1900L, 1800L, 5000.0, null,
				null, null, null, null, energyKcal, null, false);
	}

}
