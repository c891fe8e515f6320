package health.falcon.data.metrics.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import ca.uhn.fhir.context.FhirContext;
import health.falcon.data.IsolationIntegrationSupport;
import health.falcon.data.stored.BloodPressureReadings;
import health.falcon.data.stored.BodyMeasurements;
import health.falcon.testsupport.TestJwts;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /export/csv/{metric}} and {@code GET /export/fhir} over HTTP against
 * mongo-java-server with tokens from {@link TestJwts}: the type and file name, each user
 * only their own data, and every problem (400 {@code validation} and
 * {@code range-too-large}, 404 {@code unknown-metric}, 401 without a token) as
 * problem+json.
 */
class ExportIsolationIntegrationTests extends IsolationIntegrationSupport {

	private static final ZoneId UTC = ZoneId.of("UTC");

	@Test
	void exportsOnlyTheUsersOwnWeightAsCsv() {
		BodyMeasurements.write(this.template, "demo", LocalDate.parse("2026-03-10"), 80.5, null);
		BodyMeasurements.write(this.template, "alex", LocalDate.parse("2026-03-10"), 99.0, null);
		RestTestClientResponse demo = get("/export/csv/weight?from=2026-03-01&to=2026-03-31", "demo");
		assertThat(demo).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"weight-2026-03-01-2026-03-31.csv\"");
		assertThat(demo).bodyText().isEqualTo("date,value (kg),source\r\n2026-03-10,80.5,myfitnesspal/export\r\n");
		assertThat(get("/export/csv/weight?from=2026-03-01&to=2026-03-31", "sam")).bodyText()
			.isEqualTo("date,value (kg),source\r\n");
	}

	@Test
	void exportsOnlyTheUsersOwnReadingsAsFhir() {
		BloodPressureReadings.write(this.template, "demo", Instant.parse("2026-03-10T08:00:00Z"), UTC, 121, 79, null,
				1);
		BloodPressureReadings.write(this.template, "alex", Instant.parse("2026-03-10T09:00:00Z"), UTC, 150, 95, null,
				1);
		RestTestClientResponse demo = get("/export/fhir?from=2026-03-01&to=2026-03-31", "demo");
		assertThat(demo).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.parseMediaType("application/fhir+json"))
			.hasHeader(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"falcon-health-2026-03-01-2026-03-31.fhir.json\"");
		Bundle bundle = FhirContext.forR4Cached()
			.newJsonParser()
			.parseResource(Bundle.class,
					this.client.get()
						.uri("/export/fhir?from=2026-03-01&to=2026-03-31")
						.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwts.token("demo", "falcon-api"))
						.exchange()
						.expectBody(String.class)
						.returnResult()
						.getResponseBody());
		assertThat(bundle.getEntry()).singleElement()
			.satisfies((entry) -> assertThat(
					((Observation) entry.getResource()).getComponentFirstRep().getValueQuantity().getValue().intValue())
				.isEqualTo(121));
		assertThat(get("/export/fhir?from=2026-03-01&to=2026-03-31", "sam")).bodyJson().doesNotHavePath("$.entry");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "/export/csv/weight?to=2026-03-31|400|validation",
			"/export/csv/weight?from=2026-03-01|400|validation",
			"/export/csv/weight?from=2026-3-1&to=2026-03-31|400|validation",
			"/export/csv/weight?from=2026-04-01&to=2026-03-31|400|validation",
			"/export/csv/heart-rate?from=2026-03-01&to=2026-04-01|400|range-too-large",
			"/export/csv/mood?from=2026-03-01&to=2026-03-31|404|unknown-metric",
			"/export/fhir?from=2026-03-01|400|validation", "/export/fhir?from=2026-03-01&to=nope|400|validation",
			"/export/fhir?from=2026-03-31&to=2026-03-01|400|validation",
			"/export/fhir?from=2025-03-01&to=2026-03-02|400|range-too-large" })
	void answersEveryRefusalAsAProblem(String uri, int status, String type) {
		RestTestClientResponse response = get(uri, "demo");
		assertThat(response).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/" + type);
		assertThat(response).doesNotContainHeader(HttpHeaders.CONTENT_DISPOSITION);
	}

	@ParameterizedTest
	@CsvSource({ "/export/csv/weight?from=2026-03-01&to=2026-03-31", "/export/fhir?from=2026-03-01&to=2026-03-31" })
	void refusesARequestWithoutAToken(String uri) {
		RestTestClientResponse response = RestTestClientResponse.from(this.client.get().uri(uri).exchange());
		assertThat(response).hasStatus(401);
	}

}
