package health.falcon.fitness;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * A WireMock Strava for the integration tests, in the real shapes of provider-apis.md
 * section 1: the token endpoint, a backfill of activities 101 and 102 (June 2025), their
 * details, and the one-activity page that probes a grant.
 */
final class StravaStubs {

	static final Instant START = Instant.parse("2026-03-10T10:01:00Z");

	static final long BACKFILL_FROM = START.minus(Duration.ofDays(365)).getEpochSecond();

	private StravaStubs() {
	}

	static void stubStrava(WireMockServer strava) {
		strava.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(okJson("""
				{"token_type":"Bearer","expires_at":%d,"expires_in":21600,
				 "refresh_token":"r-0a1b2c","access_token":"a-9f8e7d",
				 "athlete":{"id":1234567,"resource_state":2,"firstname":"Test","lastname":"User"}}
				""".formatted(START.plusSeconds(21600).getEpochSecond()))));
		String page = "[" + summary(102, "2025-06-02T06:00:00Z") + "," + summary(101, "2025-06-01T06:00:00Z") + "]";
		// the backfill pages newest first with before (no after): the newest page first,
		// then from one second after its oldest start, which is past the oldest activity
		strava.stubFor(get(urlPathEqualTo("/api/v3/athlete/activities")).withQueryParam("after", absent())
			.withQueryParam("before", equalTo(Long.toString(Instant.parse("2025-06-01T06:00:01Z").getEpochSecond())))
			.withQueryParam("per_page", equalTo("200"))
			.atPriority(4)
			.willReturn(okJson("[]")));
		strava.stubFor(get(urlPathEqualTo("/api/v3/athlete/activities")).withQueryParam("after", absent())
			.withQueryParam("before", matching("\\d+"))
			.withQueryParam("page", equalTo("1"))
			.withQueryParam("per_page", equalTo("200"))
			.atPriority(5)
			.willReturn(okJson(page).withHeader("X-RateLimit-Limit", "200,2000")
				.withHeader("X-RateLimit-Usage", "3,30")
				.withHeader("X-ReadRateLimit-Limit", "100,1000")
				.withHeader("X-ReadRateLimit-Usage", "3,30")));
		strava.stubFor(get(urlPathEqualTo("/api/v3/athlete/activities")).withQueryParam("page", equalTo("2"))
			.atPriority(5)
			.willReturn(okJson("[]")));
		// the grant probe: the newest activity
		strava.stubFor(get(urlPathEqualTo("/api/v3/athlete/activities")).withQueryParam("per_page", equalTo("1"))
			.atPriority(5)
			.willReturn(okJson("[" + summary(102, "2025-06-02T06:00:00Z") + "]")));
		for (long id : List.of(101L, 102L)) {
			strava.stubFor(get("/api/v3/activities/" + id).willReturn(okJson(detailed(id))));
		}
	}

	static String detailed(long id) {
		String detailed = summary(id, (id == 101) ? "2025-06-01T06:00:00Z" : "2025-06-02T06:00:00Z");
		return detailed.substring(0, detailed.length() - 1) + ",\"calories\":640.0}";
	}

	static String summary(long id, String start) {
		String local = Instant.parse(start).plusSeconds(7200).toString();
		return """
				{"resource_state":2,"athlete":{"id":1234567,"resource_state":1},"name":"Morning Run","distance":10012.4,
				 "moving_time":2875,"elapsed_time":2990,"total_elevation_gain":54.0,"type":"Run","sport_type":"Run",
				 "id":%d,"start_date":"%s","start_date_local":"%s","timezone":"(GMT+01:00) Europe/Berlin",
				 "utc_offset":7200.0,"average_speed":3.482,"max_speed":5.1,"has_heartrate":true,
				 "average_heartrate":151.2,"max_heartrate":176.0,"private":false}""".formatted(id, start, local);
	}

}
