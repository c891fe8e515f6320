package health.falcon.data.paging;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.BDDMockito.BDDMyOngoingStubbing;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * The cases every list controller shares, in a {@code @WebMvcTest} of one list: the first
 * page with defaults, the range, limit and cursor passed on, every 400 of the common
 * parameters ({@code from}, {@code to}, {@code limit}, {@code cursor}), a cursor the
 * service refuses, and the 401 without a token. Each list's test extends it with the
 * list's path and its own cases; the controllers and their services are package-private,
 * so the web slice is one per list.
 */
public abstract class AbstractListControllerTests {

	/** The token subject of every request {@link #get(String)} sends. */
	protected static final String USER = "demo";

	private static final LocalDate MARCH_1 = LocalDate.parse("2026-03-01");

	private static final LocalDate MARCH_31 = LocalDate.parse("2026-03-31");

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
	 * Stub the mocked service's list call for {@link #USER} and a query.
	 * @return the ongoing stubbing of that call
	 */
	protected abstract BDDMyOngoingStubbing<?> whenListed(ListQuery query);

	/**
	 * An empty page of the list.
	 * @param nextCursor the page's next cursor, {@code null} at the end
	 */
	protected abstract Object emptyPage(@Nullable String nextCursor);

	@Test
	void returnsTheTokenSubjectsFirstPageWithDefaults() {
		answer(new ListQuery(null, null, null, null), "next");
		MvcTestResult result = get(path());
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.items").asArray().isEmpty();
		assertThat(result).bodyJson().extractingPath("$.nextCursor").isEqualTo("next");
	}

	@Test
	void passesTheRangeTheLimitAndTheCursor() {
		answer(new ListQuery(MARCH_1, MARCH_31, 500, "abc"), null);
		MvcTestResult result = get(path() + "?from=2026-03-01&to=2026-03-31&limit=500&cursor=abc");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.nextCursor").isNull();
	}

	@Test
	void acceptsTheSameDayAsFromAndTo() {
		answer(new ListQuery(MARCH_1, MARCH_1, null, null), null);
		assertThat(get(path() + "?from=2026-03-01&to=2026-03-01")).hasStatusOk();
	}

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
		whenListed(new ListQuery(null, null, null, "forged"))
			.willThrow(new InvalidParameterException("cursor", "is not a cursor of this list; start without one"));
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

	@SuppressWarnings("unchecked")
	private void answer(ListQuery query, @Nullable String nextCursor) {
		((BDDMyOngoingStubbing<Object>) whenListed(query)).willReturn(emptyPage(nextCursor));
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
