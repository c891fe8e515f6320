package health.falcon.backend.me;

import java.time.ZoneId;

import health.falcon.model.UnitSystem;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

@WebMvcTest(MeController.class)
class MeControllerTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private UserSettingsService service;

	@Test
	void returnsTheUserFromTheTokenWithStoredSettings() {
		given(this.service.preferencesOf("demo")).willReturn(new Preferences(BERLIN, UnitSystem.IMPERIAL));
		MvcTestResult result = this.mvc.get()
			.uri("/api/me")
			.with(jwt().jwt((token) -> token.subject("demo").claim("name", "Demo").claim("email", "demo@example.org")))
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"sub": "demo", "name": "Demo", "email": "demo@example.org",
				 "settings": {"timeZone": "Europe/Berlin", "units": "imperial"}}
				""");
	}

	@Test
	void returnsDefaultSettingsWhenNoneAreStored() {
		given(this.service.preferencesOf("alex")).willReturn(Preferences.DEFAULTS);
		MvcTestResult result = this.mvc.get()
			.uri("/api/me")
			.with(jwt().jwt((token) -> token.subject("alex")))
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.settings.timeZone").isNull();
		assertThat(result).bodyJson().extractingPath("$.settings.units").isEqualTo("metric");
	}

	@Test
	void storesSettingsForTheTokenSubject() {
		given(this.service.update("demo", BERLIN, UnitSystem.IMPERIAL))
			.willReturn(new Preferences(BERLIN, UnitSystem.IMPERIAL));
		MvcTestResult result = put("""
				{"timeZone": "Europe/Berlin", "units": "imperial", "userId": "alex"}
				""");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"timeZone": "Europe/Berlin", "units": "imperial"}
				""");
		then(this.service).should().update("demo", BERLIN, UnitSystem.IMPERIAL);
	}

	@Test
	void rejectsAMissingTimeZone() {
		assertValidationError(put("""
				{"units": "metric"}
				"""), "timeZone", "must not be blank");
	}

	@Test
	void rejectsAnUnknownTimeZone() {
		assertValidationError(put("""
				{"timeZone": "Mars/Olympus_Mons", "units": "metric"}
				"""), "timeZone", "must be an IANA time zone such as Europe/Berlin");
	}

	@Test
	void rejectsAnOffsetInsteadOfATimeZone() {
		assertValidationError(put("""
				{"timeZone": "+02:00", "units": "metric"}
				"""), "timeZone", "must be an IANA time zone such as Europe/Berlin");
	}

	@Test
	void rejectsMissingUnits() {
		assertValidationError(put("""
				{"timeZone": "Europe/Berlin"}
				"""), "units", "must not be blank");
	}

	@Test
	void rejectsUnknownUnits() {
		assertValidationError(put("""
				{"timeZone": "Europe/Berlin", "units": "furlongs"}
				"""), "units", "must be 'metric' or 'imperial'");
	}

	@Test
	void rejectsMalformedJson() {
		MvcTestResult result = put("{\"timeZone\": ");
		assertProblem(result, 400, "malformed-request");
	}

	@Test
	void rejectsARequestWithoutToken() {
		MvcTestResult result = this.mvc.get().uri("/api/me").exchange();
		assertProblem(result, 401, "unauthenticated");
		assertThat(result).containsHeader("WWW-Authenticate");
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void rejectsASettingsUpdateWithoutToken() {
		MvcTestResult result = this.mvc.put()
			.uri("/api/me/settings")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"timeZone\": \"Europe/Berlin\", \"units\": \"metric\"}")
			.exchange();
		assertProblem(result, 401, "unauthenticated");
		then(this.service).shouldHaveNoInteractions();
	}

	@Test
	void answersAnUnknownPathWithNotFound() {
		assertProblem(this.mvc.get().uri("/api/nothing").with(jwt()).exchange(), 404, "not-found");
	}

	@Test
	void answersAWrongMethodWithMethodNotAllowed() {
		assertProblem(this.mvc.delete().uri("/api/me").with(jwt()).exchange(), 405, "method-not-allowed");
	}

	private MvcTestResult put(String body) {
		return this.mvc.put()
			.uri("/api/me/settings")
			.with(jwt().jwt((token) -> token.subject("demo")))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private void assertValidationError(MvcTestResult result, String field, String message) {
		assertProblem(result, 400, "validation");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo(message);
		then(this.service).shouldHaveNoInteractions();
	}

	private static void assertProblem(MvcTestResult result, int status, String slug) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/" + slug);
	}

}
