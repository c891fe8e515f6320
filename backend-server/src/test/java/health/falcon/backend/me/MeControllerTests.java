package health.falcon.backend.me;

import java.time.ZoneId;

import health.falcon.documents.settings.HeartRateSettings;
import health.falcon.model.UnitSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
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
		given(this.service.preferencesOf("demo"))
			.willReturn(new Preferences(BERLIN, UnitSystem.IMPERIAL, new HeartRate(188, null, null, 5, "female")));
		MvcTestResult result = this.mvc.get()
			.uri("/api/me")
			.with(jwt().jwt((token) -> token.subject("demo").claim("name", "Demo").claim("email", "demo@example.org")))
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"sub": "demo", "name": "Demo", "email": "demo@example.org",
				 "settings": {"timeZone": "Europe/Berlin", "units": "imperial",
				  "heartRate": {"max": 188, "resting": null, "fitnessDays": 42, "fatigueDays": 5,
				                "trimpFormula": "female"}}}
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
		// max and resting unset: estimated by the training load
		assertThat(result).bodyJson()
			.extractingPath("$.settings.heartRate")
			.convertTo(HeartRateSettings.class)
			.isEqualTo(new HeartRateSettings(null, null, 42, 7, "male"));
	}

	@Test
	void storesSettingsForTheTokenSubject() {
		given(this.service.update("demo", BERLIN, UnitSystem.IMPERIAL, null))
			.willReturn(new Preferences(BERLIN, UnitSystem.IMPERIAL, HeartRate.NONE));
		MvcTestResult result = put("""
				{"timeZone": "Europe/Berlin", "units": "imperial", "userId": "alex"}
				""");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.isStrictlyEqualTo(
					"""
							{"timeZone": "Europe/Berlin", "units": "imperial",
							 "heartRate": {"max": null, "resting": null, "fitnessDays": 42, "fatigueDays": 7, "trimpFormula": "male"}}
							""");
		// a request without heart-rate settings (as before they existed) keeps the stored
		// ones
		then(this.service).should().update("demo", BERLIN, UnitSystem.IMPERIAL, null);
	}

	@Test
	void storesHeartRateSettings() {
		HeartRate heartRate = new HeartRate(188, 48, 30, 5, "female");
		given(this.service.update("demo", BERLIN, UnitSystem.METRIC, heartRate))
			.willReturn(new Preferences(BERLIN, UnitSystem.METRIC, heartRate));
		MvcTestResult result = put(
				"""
						{"timeZone": "Europe/Berlin", "units": "metric",
						 "heartRate": {"max": 188, "resting": 48, "fitnessDays": 30, "fatigueDays": 5, "trimpFormula": "female"}}
						""");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.isStrictlyEqualTo(
					"""
							{"timeZone": "Europe/Berlin", "units": "metric",
							 "heartRate": {"max": 188, "resting": 48, "fitnessDays": 30, "fatigueDays": 5, "trimpFormula": "female"}}
							""");
	}

	@Test
	void acceptsHeartRateSettingsWithEveryMemberLeftOutOrAtItsBounds() {
		given(this.service.update(eq("demo"), eq(BERLIN), eq(UnitSystem.METRIC), any(HeartRate.class)))
			.willReturn(Preferences.DEFAULTS);
		assertThat(put(heartRate("{}"))).hasStatusOk();
		assertThat(put(heartRate("{\"max\": 100, \"resting\": 25, \"fitnessDays\": 7, \"fatigueDays\": 2}")))
			.hasStatusOk();
		assertThat(put(heartRate("{\"max\": 230, \"resting\": 120, \"fitnessDays\": 90, \"fatigueDays\": 30}")))
			.hasStatusOk();
		assertThat(put(heartRate("{\"resting\": 120}"))).hasStatusOk();
		then(this.service).should().update("demo", BERLIN, UnitSystem.METRIC, HeartRate.NONE);
		then(this.service).should()
			.update("demo", BERLIN, UnitSystem.METRIC, new HeartRate(null, 120, null, null, null));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			{"max": 99}            | heartRate.max         | must be greater than or equal to 100
			{"max": 231}           | heartRate.max         | must be less than or equal to 230
			{"resting": 24}        | heartRate.resting     | must be greater than or equal to 25
			{"resting": 121}       | heartRate.resting     | must be less than or equal to 120
			{"max": 110, "resting": 110} | heartRate.resting | must be below max
			{"max": 110, "resting": 115} | heartRate.resting | must be below max
			{"fitnessDays": 6}     | heartRate.fitnessDays | must be greater than or equal to 7
			{"fitnessDays": 91}    | heartRate.fitnessDays | must be less than or equal to 90
			{"fatigueDays": 1}     | heartRate.fatigueDays | must be greater than or equal to 2
			{"fatigueDays": 31}    | heartRate.fatigueDays | must be less than or equal to 30
			{"trimpFormula": "xx"} | heartRate.trimpFormula | must be 'male' or 'female'
			""")
	void rejectsHeartRateSettingsOutOfRange(String heartRate, String field, String message) {
		assertValidationError(put(heartRate(heartRate)), field, message);
	}

	@Test
	void rejectsAHeartRateThatIsNotANumber() {
		assertProblem(put(heartRate("{\"max\": \"high\"}")), 400, "malformed-request");
		then(this.service).shouldHaveNoInteractions();
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

	private static String heartRate(String heartRate) {
		return "{\"timeZone\": \"Europe/Berlin\", \"units\": \"metric\", \"heartRate\": " + heartRate + "}";
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
