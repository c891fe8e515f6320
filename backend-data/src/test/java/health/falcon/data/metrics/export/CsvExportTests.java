package health.falcon.data.metrics.export;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import health.falcon.data.series.RangeTooLargeException;
import health.falcon.data.stored.BloodPressureReadings;
import health.falcon.data.stored.BodyMeasurements;
import health.falcon.data.stored.DailyActivities;
import health.falcon.data.stored.HeartRateDays;
import health.falcon.data.stored.HrvRecordings;
import health.falcon.documents.body.BodyMeasurementsCollection;
import health.falcon.kit.problem.ProblemException;
import health.falcon.model.Source;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The CSV of each kind of metric on mongo-java-server, with documents written as their
 * writers write them: units in the header (metric and imperial), readings at the offset
 * they were measured at, Berlin's spring-forward day (2026-03-29, 23 hours) for heart
 * rate and a daily metric, an empty range, formula text neutralised, and the ranges and
 * metrics refused.
 */
class CsvExportTests extends ExportSliceSupport {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final Source FITBIT = new Source("fitbit", "google-health:heart-rate", "run-1",
			Instant.parse("2026-04-01T00:00:00Z"));

	@Autowired
	private CsvExport export;

	@BeforeEach
	void berlin() {
		settings("demo", "Europe/Berlin", "metric");
	}

	@Test
	void namesTheUnitInTheHeaderAndWritesOneRowPerDay() throws IOException {
		BodyMeasurements.write(this.template, "demo", LocalDate.parse("2026-03-10"), 80.5, null);
		BodyMeasurements.write(this.template, "demo", LocalDate.parse("2026-03-12"), 80.0, 21.0);
		assertThat(csv("demo", "weight", "2026-03-01", "2026-03-31")).isEqualTo("""
				date,value (kg),source\r
				2026-03-10,80.5,myfitnesspal/export\r
				2026-03-12,80,myfitnesspal/export\r
				""");
	}

	@Test
	void writesImperialUnitsAndNamesThemInTheHeader() throws IOException {
		settings("demo", "Europe/Berlin", "imperial");
		BodyMeasurements.write(this.template, "demo", LocalDate.parse("2026-03-10"), 80.5, null);
		assertThat(csv("demo", "weight", "2026-03-01", "2026-03-31")).isEqualTo("""
				date,value (lb),source\r
				2026-03-10,177.47,myfitnesspal/export\r
				""");
	}

	@Test
	void writesEachBloodPressureReadingAtItsOffsetWithAnEmptyCellForAMissingPulse() throws IOException {
		BloodPressureReadings.write(this.template, "demo", Instant.parse("2026-03-28T22:30:00Z"), BERLIN, 121, 79, 60,
				1);
		BloodPressureReadings.write(this.template, "demo", Instant.parse("2026-03-29T06:15:00Z"), BERLIN, 135, 86, null,
				2);
		assertThat(csv("demo", "blood-pressure", "2026-03-28", "2026-03-29")).isEqualTo("""
				time,local_date,systolic (mmHg),diastolic (mmHg),pulse (bpm),source\r
				2026-03-28T23:30:00+01:00,2026-03-28,121,79,60,dropbox/upload\r
				2026-03-29T08:15:00+02:00,2026-03-29,135,86,,dropbox/upload\r
				""");
	}

	@Test
	void writesEachHrvRecordingWithItsRmssdAndSdnn() throws IOException {
		HrvRecordings.write(this.template, "demo", Instant.parse("2026-03-10T06:00:00Z"), BERLIN);
		assertThat(csv("demo", "hrv-rmssd", "2026-03-10", "2026-03-10")).isEqualTo("""
				time,local_date,rmssd (ms),sdnn (ms),source\r
				2026-03-10T07:00:00+01:00,2026-03-10,42.1,51.2,dropbox/upload\r
				""");
	}

	@Test
	void writesEveryMinuteOfTheSpringForwardDayAtItsOwnOffset() throws IOException {
		HeartRateDays.samples(this.template, "demo",
				Map.of(Instant.parse("2026-03-28T23:30:10Z"), 60, Instant.parse("2026-03-28T23:30:40Z"), 64,
						Instant.parse("2026-03-29T01:30:00Z"), 70, Instant.parse("2026-03-29T21:59:30Z"), 55),
				BERLIN, FITBIT);
		DailyActivities.write(this.template, "demo", LocalDate.parse("2026-03-29"), 4200L, null);
		assertThat(csv("demo", "heart-rate", "2026-03-29", "2026-03-29")).isEqualTo("""
				time,local_date,mean (bpm),min (bpm),max (bpm),samples,source\r
				2026-03-29T00:30:00+01:00,2026-03-29,62,60,64,2,fitbit/google-health\r
				2026-03-29T03:30:00+02:00,2026-03-29,70,70,70,1,fitbit/google-health\r
				2026-03-29T23:59:00+02:00,2026-03-29,55,55,55,1,fitbit/google-health\r
				""");
		assertThat(csv("demo", "steps", "2026-03-29", "2026-03-29")).isEqualTo("""
				date,value (count),source\r
				2026-03-29,4200,fitbit/google-health\r
				""");
	}

	@Test
	void writesOnlyTheHeaderForAnEmptyRange() throws IOException {
		BodyMeasurements.write(this.template, "demo", LocalDate.parse("2026-03-10"), 80.5, null);
		assertThat(csv("demo", "weight", "2026-04-01", "2026-04-30")).isEqualTo("date,value (kg),source\r\n");
		assertThat(csv("demo", "heart-rate", "2026-04-01", "2026-04-30"))
			.isEqualTo("time,local_date,mean (bpm),min (bpm),max (bpm),samples,source\r\n");
	}

	@Test
	void neutralisesASourceThatASpreadsheetWouldRunAsAFormula() throws IOException {
		BodyMeasurements.write(this.template, "demo", LocalDate.parse("2026-03-10"), 80.5, null);
		this.template.getCollection(BodyMeasurementsCollection.COLLECTION)
			.updateMany(Filters.eq(BodyMeasurementsCollection.USER_ID, "demo"),
					Updates.set(BodyMeasurementsCollection.SOURCE + ".provider", "=HYPERLINK(\"evil\")"));
		assertThat(csv("demo", "weight", "2026-03-01", "2026-03-31")).isEqualTo("""
				date,value (kg),source\r
				2026-03-10,80.5,"'=HYPERLINK(""evil"")/export"\r
				""");
	}

	@Test
	void neverWritesAnotherUsersValues() throws IOException {
		BodyMeasurements.write(this.template, "other", LocalDate.parse("2026-03-10"), 99.0, null);
		HeartRateDays.samples(this.template, "other", Map.of(Instant.parse("2026-03-10T08:00:00Z"), 80), BERLIN,
				FITBIT);
		assertThat(csv("demo", "weight", "2026-03-01", "2026-03-31")).isEqualTo("date,value (kg),source\r\n");
		assertThat(csv("demo", "heart-rate", "2026-03-01", "2026-03-31"))
			.isEqualTo("time,local_date,mean (bpm),min (bpm),max (bpm),samples,source\r\n");
	}

	@Test
	void namesTheFileAfterTheMetricAndRange() {
		assertThat(this.export.fileName("Weight", ExportRange.parse("2026-03-01", "2026-03-31")))
			.isEqualTo("weight-2026-03-01-2026-03-31.csv");
	}

	@Test
	void refusesHeartRateOverMoreThan31Days() {
		assertThat(this.export.fileName("heart-rate", ExportRange.parse("2026-03-01", "2026-03-31")))
			.isEqualTo("heart-rate-2026-03-01-2026-03-31.csv");
		assertThatExceptionOfType(RangeTooLargeException.class)
			.isThrownBy(() -> this.export.fileName("heart-rate", ExportRange.parse("2026-03-01", "2026-04-01")));
	}

	@Test
	void refusesAnUnknownMetric() {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.export.fileName("mood", ExportRange.parse("2026-03-01", "2026-03-31")))
			.satisfies((ex) -> assertThat(ex.getStatus().value()).isEqualTo(404));
	}

	private String csv(String userId, String metric, String from, String to) throws IOException {
		ExportRange range = ExportRange.parse(from, to);
		this.export.fileName(metric, range);
		StringWriter out = new StringWriter();
		this.export.write(userId, metric, range, out);
		return out.toString();
	}

}
