package health.falcon.data.insights.bloodpressure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import health.falcon.data.IsolationIntegrationSupport;
import health.falcon.data.stored.BloodPressureReadings;
import health.falcon.documents.bloodpressure.BloodPressureCollection;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /reports/blood-pressure} and {@code GET /insights/blood-pressure} over HTTP:
 * a user never sees another user's readings, in the HTML, the PDF or the insight; the
 * download headers; every 400 problem; no answer without a token.
 */
class BloodPressureReportIsolationIntegrationTests extends IsolationIntegrationSupport {

	private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	private static final String PERIOD = "from=" + TODAY.minusDays(10) + "&to=" + TODAY;

	private String demoId = "";

	@Test
	void neverShowsOneUserAnothersReadingsInTheHtmlReport() {
		writeReadings();
		RestTestClientResponse demo = get("/reports/blood-pressure?" + PERIOD + "&format=html", "demo");
		assertThat(demo).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		HttpHeaders headers = demo.getExchangeResult().getResponseHeaders();
		assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"blood-pressure-" + TODAY.minusDays(10) + "-" + TODAY + ".html\"");
		assertThat(headers.getCacheControl()).isEqualTo("no-store");
		String html = body(demo);
		assertThat(html).contains("demo-monitor.csv", "121.0/71.0").doesNotContain("alex-monitor.csv", "177");
	}

	@Test
	void neverShowsOneUserAnothersReadingsInThePdfReport() throws IOException {
		writeReadings();
		RestTestClientResponse demo = get("/reports/blood-pressure?" + PERIOD + "&format=pdf", "demo");
		assertThat(demo).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_PDF);
		assertThat(demo.getExchangeResult().getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"blood-pressure-" + TODAY.minusDays(10) + "-" + TODAY + ".pdf\"");
		try (PDDocument pdf = Loader.loadPDF(demo.getExchangeResult().getResponseBodyContent())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("demo-monitor.csv")
				.doesNotContain("alex-monitor.csv", "177");
		}
	}

	@Test
	void neverShowsOneUserAnothersReadingsInTheInsight() {
		writeReadings();
		RestTestClientResponse demo = get("/insights/blood-pressure", "demo");
		assertThat(demo).hasStatusOk();
		assertThat(demo).bodyJson().extractingPath("$.status").isEqualTo("ok");
		assertThat(demo).bodyJson().extractingPath("$.detail.readings.length()").isEqualTo(1);
		assertThat(demo).bodyJson().extractingPath("$.detail.readings[0].systolic").isEqualTo(121);
		assertThat(demo).bodyJson().extractingPath("$.detail.readings[0].file").isEqualTo("demo-monitor.csv");
		assertThat(demo).bodyJson().extractingPath("$.detail.distribution.elevated").isEqualTo(1);
		assertThat(demo).bodyJson().extractingPath("$.detail.protocol.validWeekComplete").isEqualTo(false);
		// 121/71 at 07:00 UTC: elevated, a morning; PP 121 - 71 = 50; MAP 71 + 50 / 3 =
		// 87.7.
		assertThat(demo).bodyJson()
			.extractingPath("$.detail.readings[0]")
			.isEqualTo(
					Map.ofEntries(Map.entry("id", this.demoId), Map.entry("instant", TODAY.minusDays(1) + "T07:00:00Z"),
							Map.entry("localDateTime", TODAY.minusDays(1) + "T07:00:00"), Map.entry("offset", "+00:00"),
							Map.entry("localDate", TODAY.minusDays(1).toString()), Map.entry("dayPart", "morning"),
							Map.entry("systolic", 121), Map.entry("diastolic", 71), Map.entry("pulse", 60),
							Map.entry("category", "elevated"), Map.entry("pulsePressure", 50),
							Map.entry("meanArterialPressure", 87.7), Map.entry("source", "dropbox/upload"),
							Map.entry("file", "demo-monitor.csv")));
		assertThat(demo).bodyJson()
			.extractingPath("$.detail.protocol.missing")
			.isEqualTo("1 of 7 days, 1 reading; 6 more days, 11 more readings, 6 more mornings and 6 more evenings "
					+ "needed");
		assertThat(demo).bodyJson().extractingPath("$.detail.evening.systolic").isNull();
		RestTestClientResponse sam = get("/insights/blood-pressure", "sam");
		assertThat(sam).bodyJson().extractingPath("$.status").isEqualTo("insufficient-data");
		assertThat(sam).bodyJson().extractingPath("$.detail").isNull();
	}

	@Test
	void reportsAPeriodWithoutReadings() {
		writeReadings();
		RestTestClientResponse sam = get("/reports/blood-pressure?" + PERIOD, "sam");
		assertThat(sam).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		assertThat(body(sam)).contains("There are no blood-pressure readings in this period.")
			.doesNotContain("monitor.csv");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "to=2026-03-31|validation|from", "from=2026-03-01|validation|to",
					"from=2026-02-30&to=2026-03-31|validation|from", "from=2026-03-01&to=31.03.2026|validation|to",
					"from=2026-03-02&to=2026-03-01|validation|from",
					"from=2026-03-01&to=2026-03-31&format=docx|validation|format" })
	void rejectsBadParametersWithAValidationProblem(String query, String type, String field) {
		RestTestClientResponse response = get("/reports/blood-pressure?" + query, "demo");
		assertThat(response).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/" + type);
		assertThat(response).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
	}

	@Test
	void rejectsMoreThanAYearWithARangeTooLargeProblem() {
		RestTestClientResponse accepted = get("/reports/blood-pressure?from=2025-01-01&to=2026-01-01", "demo");
		assertThat(accepted).hasStatusOk();
		RestTestClientResponse response = get("/reports/blood-pressure?from=2025-01-01&to=2026-01-02", "demo");
		assertThat(response).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://falcon.health/problems/range-too-large");
	}

	@Test
	void rejectsRequestsWithoutToken() {
		RestTestClientResponse response = RestTestClientResponse
			.from(this.client.get().uri("/reports/blood-pressure?" + PERIOD).exchange());
		assertThat(response).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private void writeReadings() {
		Instant morning = TODAY.minusDays(1).atTime(7, 0).toInstant(ZoneOffset.UTC);
		this.demoId = BloodPressureReadings.write(this.template, "demo", morning, ZoneOffset.UTC, 121, 71, 60, 1);
		BloodPressureReadings.write(this.template, "alex", morning.plusSeconds(60), ZoneOffset.UTC, 177, 111, 90, 1);
		file("demo", "demo-monitor.csv");
		file("alex", "alex-monitor.csv");
	}

	private void file(String userId, String name) {
		this.template.updateMulti(Query.query(Criteria.where(BloodPressureCollection.USER_ID).is(userId)),
				new Update().set("source.file", name), BloodPressureCollection.COLLECTION);
	}

	private static String body(RestTestClientResponse response) {
		return new String(response.getExchangeResult().getResponseBodyContent(), StandardCharsets.UTF_8);
	}

}
