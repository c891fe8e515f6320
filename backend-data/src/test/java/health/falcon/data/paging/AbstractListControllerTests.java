package health.falcon.data.paging;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * The cases every list controller shares, in a {@code @WebMvcTest} of one list: every 400
 * of the common parameters ({@code from}, {@code to}, {@code limit}, {@code cursor}), a
 * cursor the service refuses, and the 401 without a token. Each list's test extends it
 * with the list's path and its own cases; the controllers and their services are
 * package-private, so the web slice is one per list.
 */
public abstract class AbstractListControllerTests {

	/** The token subject of every request {@link #get(String)} sends. */
	protected static final String USER = "demo";

	@Autowired
	private MockMvcTester mvc;

	/**
	 * The list's path ({@code /sleep/sessions}).
	 */
	protected abstract String path();

	/**
	 * The list's mocked service, which no refused request may reach.
	 */
	protected abstract Object service();

	/**
	 * Make the mocked service refuse a cursor for {@link #USER} (without any other
	 * parameter) with an {@link InvalidParameterException} for {@code cursor}.
	 */
	protected abstract void refuse(String cursor);

	static Stream<Arguments> invalidParameters() {
		return Stream.of(Arguments.of("from=10/03/2026", "from", "has an invalid value"),
				Arguments.of("to=2026-02-30", "to", "has an invalid value"),
				Arguments.of("from=2026-03-31&to=2026-03-01", "from", "must not be after 'to'"),
				Arguments.of("limit=0", "limit", "must be greater than or equal to 1"),
				Arguments.of("limit=501", "limit", "must be less than or equal to 500"),
				Arguments.of("limit=all", "limit", "has an invalid value"),
				Arguments.of("cursor=" + "a".repeat(1025), "cursor", "size must be between 0 and 1024"));
	}

	@ParameterizedTest(name = "{1}: {2}")
	@MethodSource("invalidParameters")
	void rejectsAnInvalidParameter(String parameters, String field, String message) {
		assertValidationError(get(path() + "?" + parameters), field, message);
	}

	@Test
	void answersACursorTheServiceRefusesWithAValidationProblem() {
		refuse("forged");
		MvcTestResult result = get(path() + "?cursor=forged");
		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/validation");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("cursor");
	}

	@Test
	void rejectsARequestWithoutToken() {
		MvcTestResult result = this.mvc.get().uri(path()).exchange();
		assertThat(result).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/unauthenticated");
		then(service()).shouldHaveNoInteractions();
	}

	/**
	 * Send a GET with a token of {@link #USER}.
	 */
	protected MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).with(jwt().jwt((token) -> token.subject(USER))).exchange();
	}

	/**
	 * Send a GET without a token.
	 */
	protected MvcTestResult getWithoutToken(String uri) {
		return this.mvc.get().uri(uri).exchange();
	}

	/**
	 * Assert a 400 {@code validation} problem whose first error names the field and the
	 * message, and that the service was never called.
	 */
	protected void assertValidationError(MvcTestResult result, String field, String message) {
		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/validation");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo(message);
		then(service()).shouldHaveNoInteractions();
	}

}
