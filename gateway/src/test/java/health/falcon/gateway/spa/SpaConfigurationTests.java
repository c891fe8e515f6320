package health.falcon.gateway.spa;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpaConfigurationTests {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/settings", "/connections/strava", "/dashboard/" })
	void servesIndexForClientRoutes(String path) {
		assertThat(SpaConfiguration.isClientRoute(path)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/me", "/actuator/info", "/login", "/logout", "/oauth2/authorization/falcon",
			"/webhooks/strava", "/assets/index-abc.js", "/favicon.svg", "/robots.txt" })
	void leavesServerPathsAndFilesAlone(String path) {
		assertThat(SpaConfiguration.isClientRoute(path)).isFalse();
	}

}
