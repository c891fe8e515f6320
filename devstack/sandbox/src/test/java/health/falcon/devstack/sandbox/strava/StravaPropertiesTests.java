package health.falcon.devstack.sandbox.strava;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StravaPropertiesTests {

	private final StravaProperties properties = new StravaProperties("12345", "s3cret", "Falcon", List.of("localhost"),
			Duration.ofHours(6), Duration.ofMinutes(10), new StravaProperties.RateLimits(200, 2000, 100, 1000),
			new StravaProperties.Data(42, Duration.ofDays(365), Duration.ofHours(3), ZoneId.of("Europe/Berlin")),
			new StravaProperties.Webhooks(Duration.ofSeconds(2), 3),
			List.of(new StravaProperties.Athlete(1234567, "Dana", "Demo", "Berlin", "Germany", 70)));

	@Test
	void neverPrintsTheClientSecret() {
		assertThat(this.properties).asString().contains("12345").doesNotContain("s3cret");
	}

	@Test
	void findsAthletesById() {
		assertThat(this.properties.findAthlete(1234567)).map(StravaProperties.Athlete::displayName)
			.hasValue("Dana Demo");
		assertThat(this.properties.findAthlete(1)).isEmpty();
	}

}
