package health.falcon.data.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import health.falcon.data.IsolationIntegrationSupport;
import health.falcon.data.stored.BloodPressureReadings;
import health.falcon.data.stored.DailyActivities;
import health.falcon.data.stored.HeartRateDays;
import health.falcon.data.stored.NutritionDays;
import health.falcon.testsupport.TestJwts;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /insights} over HTTP with every calculator of the application: a user without
 * data gets every kind {@code insufficient-data} (never a 500 and never another user's
 * finding), an unknown kind is a 404 problem, {@code DELETE} forgets only the caller's
 * cache, and there is no answer without a token.
 */
class InsightsIsolationIntegrationTests extends IsolationIntegrationSupport {

	@Test
	void neverShowsOneUserAnothersFindings() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (int day = 0; day < 90; day++) {
			LocalDate date = today.minusDays(day);
			Instant morning = date.atTime(7, 0).toInstant(ZoneOffset.UTC);
			BloodPressureReadings.write(this.template, "alex", morning, ZoneOffset.UTC, 150, 95, 70, false);
			HeartRateDays.resting(this.template, "alex", date, 50 + (day % 7));
			DailyActivities.write(this.template, "alex", date, 9000L + day, 2500.0);
		}
		RestTestClientResponse alex = get("/insights", "alex");
		assertThat(alex).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(alex).bodyJson().extractingPath("$.insights[*].status").asArray().doesNotContain("unavailable");
		RestTestClientResponse sam = get("/insights", "sam");
		assertThat(sam).hasStatusOk();
		assertThat(sam).bodyJson().extractingPath("$.zone").isEqualTo("UTC");
		assertThat(sam).bodyJson()
			.extractingPath("$.insights[*].status")
			.asArray()
			.allSatisfy((status) -> assertThat(status).isEqualTo("insufficient-data"));
	}

	@Test
	void findsSodiumRaisingNextMorningsSystolicThroughTheRealSignals() {
		// 60 days: sodium varies, and each next morning's systolic follows it (110 +
		// sodium / 100, 04:00-11:59
		// local), so the real sodium and morning-systolic beans must pair them at lag 1.
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (int day = 1; day <= 60; day++) {
			LocalDate date = today.minusDays(day);
			double sodium = 1500 + ((day * 37) % 23) * 100;
			NutritionDays.export(this.template, "alex", date, Map.of("kcal", 2000.0, "sodiumMg", sodium));
			Instant nextMorning = date.plusDays(1).atTime(7, 30).toInstant(ZoneOffset.UTC);
			BloodPressureReadings.write(this.template, "alex", nextMorning, ZoneOffset.UTC,
					(int) Math.round(110 + sodium / 100), 80, 60, false);
		}
		RestTestClientResponse alex = get("/insights/correlations", "alex");
		assertThat(alex).hasStatusOk();
		assertThat(alex).bodyJson()
			.extractingPath("$.detail.pairs[?(@.x == 'sodium' && @.y == 'morning-systolic')].finding.lag")
			.asArray()
			.containsExactly(1);
		assertThat(get("/insights/correlations", "sam")).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("insufficient-data");
	}

	@Test
	void answersAnUnknownKindWithAProblem() {
		RestTestClientResponse response = get("/insights/mood", "sam");
		assertThat(response).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson().extractingPath("$.type").asString().endsWith("/unknown-insight");
	}

	@Test
	void forgetsOnlyTheCallersCache() {
		get("/insights", "alex");
		get("/insights", "sam");
		RestTestClientResponse forgotten = RestTestClientResponse.from(this.client.delete()
			.uri("/insights")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwts.token("sam", "falcon-api"))
			.exchange());
		assertThat(forgotten).hasStatusOk();
		assertThat(forgotten).bodyJson().extractingPath("$.insight_cache").isEqualTo(1);
		assertThat(this.template.getCollection(InsightCache.COLLECTION).countDocuments()).isOne();
	}

	@Test
	void rejectsRequestsWithoutToken() {
		RestTestClientResponse response = RestTestClientResponse.from(this.client.get().uri("/insights").exchange());
		assertThat(response).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
