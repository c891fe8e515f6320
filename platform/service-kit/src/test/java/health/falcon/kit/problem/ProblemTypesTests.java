package health.falcon.kit.problem;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTypesTests {

	@Test
	void namesTheWellKnownStatuses() {
		assertThat(ProblemTypes.forStatus(HttpStatus.NOT_FOUND))
			.hasToString("https://falcon.health/problems/not-found");
		assertThat(ProblemTypes.forStatus(HttpStatus.UNAUTHORIZED)).isEqualTo(ProblemTypes.UNAUTHENTICATED);
		assertThat(ProblemTypes.forStatus(HttpStatus.INTERNAL_SERVER_ERROR)).isEqualTo(ProblemTypes.INTERNAL);
		assertThat(ProblemTypes.forStatus(HttpStatus.CONTENT_TOO_LARGE))
			.hasToString("https://falcon.health/problems/payload-too-large");
	}

	@Test
	void derivesOtherSlugsFromTheReasonPhrase() {
		assertThat(ProblemTypes.forStatus(HttpStatus.CONFLICT)).hasToString("https://falcon.health/problems/conflict");
		assertThat(ProblemTypes.forStatus(HttpStatus.SERVICE_UNAVAILABLE))
			.hasToString("https://falcon.health/problems/service-unavailable");
		assertThat(ProblemTypes.forStatus(HttpStatusCode.valueOf(599)))
			.hasToString("https://falcon.health/problems/http-599");
	}

}
