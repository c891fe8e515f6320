package health.falcon.backend.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadPathsTests {

	@Test
	void matchesTheReadEndpointsAndTheirSubPaths() {
		assertThat(ReadPaths.matches("/api/metrics")).isTrue();
		assertThat(ReadPaths.matches("/api/metrics/{metric}")).isTrue();
		assertThat(ReadPaths.matches("/api/activities")).isTrue();
		assertThat(ReadPaths.matches("/api/dashboard")).isTrue();
		assertThat(ReadPaths.matches("/api/sleep/sessions/{id}")).isTrue();
	}

	@Test
	void leavesOtherPathsAlone() {
		assertThat(ReadPaths.matches("/api/me")).isFalse();
		assertThat(ReadPaths.matches("/api/connections")).isFalse();
		assertThat(ReadPaths.matches("/api/metricsx")).isFalse();
		assertThat(ReadPaths.matches("/api/dashboard/x")).isFalse();
	}

}
