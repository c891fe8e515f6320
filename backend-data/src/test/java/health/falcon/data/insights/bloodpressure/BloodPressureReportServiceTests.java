package health.falcon.data.insights.bloodpressure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import health.falcon.data.MongoSliceSupport;
import health.falcon.data.stored.BloodPressureReadings;
import health.falcon.documents.bloodpressure.BloodPressureCollection;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link BloodPressureReportService} against mongo-java-server with the Thymeleaf
 * template: what the HTML shows and escapes, and a PDF that PDFBox reads back.
 */
@Import({ ReadingRepository.class, ReportRenderer.class, BloodPressureReportService.class,
		BloodPressureReportServiceTests.FixedClock.class })
@ImportAutoConfiguration(ThymeleafAutoConfiguration.class)
class BloodPressureReportServiceTests extends MongoSliceSupport {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ReportPeriod MARCH = new ReportPeriod(LocalDate.parse("2026-03-01"),
			LocalDate.parse("2026-03-31"));

	@Autowired
	private BloodPressureReportService reports;

	@Test
	void showsTheProtocolAverageTheDistributionTheChartAndEveryReadingWithItsSource() {
		writeWeek("demo");
		String html = html(this.reports.report("demo", MARCH, ReportFormat.HTML));
		// Days 2-7 of the week 2026-03-02..08: (140 + 138 + 130 + 128) / 4 = 134.0 and
		// (90 + 88 + 80 + 78) / 4 = 84.0, hypertension stage 1.
		assertThat(html).contains("134.0/84.0 mmHg", "(Hypertension stage 1)", "2026-03-02 to 2026-03-08");
		assertThat(html).contains("<h2>Category distribution</h2>", "<svg", "<polyline", "Morning readings",
				"Evening readings");
		assertThat(html).contains("07:00 (+01:00)", "21:05 (+01:00)", "dropbox/upload, omron.csv");
		// 28 readings, 2 a session, each with its source.
		assertThat(html.split("dropbox/upload, omron.csv", -1)).hasSize(29);
		assertThat(html).doesNotContain("There are no blood-pressure readings");
	}

	@Test
	void escapesAHostileFileName() {
		BloodPressureReadings.write(this.template, "demo", Instant.parse("2026-03-10T06:30:00Z"), BERLIN, 128, 82, 64,
				1);
		this.template.updateMulti(Query.query(Criteria.where(BloodPressureCollection.USER_ID).is("demo")),
				new Update().set("source.file", "<script>alert('x')</script>.csv"), BloodPressureCollection.COLLECTION);
		String html = html(this.reports.report("demo", MARCH, ReportFormat.HTML));
		assertThat(html).doesNotContain("<script>");
		assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;.csv");
	}

	@Test
	void saysSoForAPeriodWithoutReadings() {
		writeWeek("alex");
		RenderedReport report = this.reports.report("demo", MARCH, ReportFormat.HTML);
		assertThat(html(report)).contains("There are no blood-pressure readings in this period.")
			.doesNotContain("<svg", "omron.csv");
		assertThat(report.filename()).isEqualTo("blood-pressure-2026-03-01-2026-03-31.html");
	}

	@Test
	void makesAPdfThatPdfBoxReadsBack() throws IOException {
		writeWeek("demo");
		RenderedReport report = this.reports.report("demo", MARCH, ReportFormat.PDF);
		assertThat(report.filename()).isEqualTo("blood-pressure-2026-03-01-2026-03-31.pdf");
		try (PDDocument pdf = Loader.loadPDF(report.body())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Home blood-pressure report", "134.0/84.0 mmHg", "Category distribution",
					"dropbox/upload, omron.csv");
		}
	}

	@Test
	void makesAPdfForAPeriodWithoutReadings() throws IOException {
		RenderedReport report = this.reports.report("demo", MARCH, ReportFormat.PDF);
		try (PDDocument pdf = Loader.loadPDF(report.body())) {
			assertThat(new PDFTextStripper().getText(pdf))
				.contains("There are no blood-pressure readings in this period.");
		}
	}

	/**
	 * The week 2026-03-02..08 in Berlin: day 1 at 160/100, then mornings 140/90 and
	 * 138/88, evenings 130/80 and 128/78.
	 */
	private void writeWeek(String userId) {
		int line = 0;
		for (int day = 2; day <= 8; day++) {
			for (String time : new String[] { "07:00", "07:05", "21:00", "21:05" }) {
				boolean first = day == 2;
				boolean morning = time.startsWith("07");
				boolean second = time.endsWith("05");
				int systolic = first ? 160 : (morning ? 140 : 130) - (second ? 2 : 0);
				int diastolic = first ? 100 : (morning ? 90 : 80) - (second ? 2 : 0);
				Instant instant = LocalDateTime.parse("2026-03-0" + day + "T" + time).atZone(BERLIN).toInstant();
				BloodPressureReadings.write(this.template, userId, instant, BERLIN, systolic, diastolic, 60, ++line);
			}
		}
	}

	private static String html(RenderedReport report) {
		assertThat(report.format()).isEqualTo(ReportFormat.HTML);
		return new String(report.body(), StandardCharsets.UTF_8);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-04-02T10:00:00Z"), ZoneOffset.UTC);
		}

	}

}
