package health.falcon.fitness.webhook;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class StravaEventTests {

	@ParameterizedTest
	@ValueSource(strings = { "create", "update", "delete" })
	void asksToLookAtAnActivityAgainForEveryActivityAspect(String aspect) {
		StravaEvent event = new StravaEvent("activity", 9L, aspect, Map.of(), 1234567L, 120475L, 1767229200L);
		assertThat(event.lookKind()).contains(Look.Kind.ACTIVITY);
		Look look = event.look("demo", Look.Kind.ACTIVITY);
		assertThat(look.key()).isEqualTo(new Look.Key(1234567L, "activity", 9L));
		assertThat(look.readRequired()).isEqualTo(!"delete".equals(aspect));
	}

	@Test
	void asksToCheckTheGrantForADeauthorizationSentAsStringOrBoolean() {
		assertThat(athlete(Map.of("authorized", "false")).lookKind()).contains(Look.Kind.GRANT);
		assertThat(athlete(Map.of("authorized", false)).lookKind()).contains(Look.Kind.GRANT);
	}

	@Test
	void asksForNothingOnOtherAthleteUpdatesOrUnknownObjects() {
		assertThat(athlete(Map.of("authorized", "true")).lookKind()).isEmpty();
		assertThat(athlete(Map.of("firstname", "Test")).lookKind()).isEmpty();
		assertThat(new StravaEvent("club", 5L, "create", null, 1234567L, 120475L, null).lookKind()).isEmpty();
		assertThat(new StravaEvent("activity", 5L, "archive", null, 1234567L, 120475L, null).lookKind()).isEmpty();
	}

	private static StravaEvent athlete(Map<String, Object> updates) {
		return new StravaEvent("athlete", 1234567L, "update", updates, 1234567L, 120475L, 1767229200L);
	}

}
