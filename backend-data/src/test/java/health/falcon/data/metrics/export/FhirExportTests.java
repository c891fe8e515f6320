package health.falcon.data.metrics.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import health.falcon.data.series.RangeTooLargeException;
import health.falcon.data.stored.BloodPressureReadings;
import health.falcon.data.stored.BodyMeasurements;
import health.falcon.data.stored.DailyActivities;
import health.falcon.data.stored.HeartRateDays;
import health.falcon.data.stored.HrvRecordings;
import health.falcon.data.stored.NutritionDays;
import health.falcon.data.stored.SleepSessions;
import health.falcon.model.Source;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The FHIR export on mongo-java-server with every metric it carries, written as the
 * writers write them around Berlin's spring-forward day: the Bundle encoded, parsed back
 * with HAPI's JSON parser and validated against the base R4 profiles without an error;
 * each metric's code, unit and category; readings at the offset they were measured at and
 * days as periods between two midnights; another user's data never in it.
 */
class FhirExportTests extends ExportSliceSupport {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private static final FhirValidator VALIDATOR = validator();

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final Source FITBIT = new Source("fitbit", "google-health:heart-rate", "run-1",
			Instant.parse("2026-04-01T00:00:00Z"));

	@Autowired
	private FhirExport export;

	@BeforeEach
	void everyMetric() {
		settings("demo", "Europe/Berlin", "imperial");
		BloodPressureReadings.write(this.template, "demo", Instant.parse("2026-03-29T06:15:00Z"), BERLIN, 135, 86, 61,
				1);
		HeartRateDays.samples(this.template, "demo",
				Map.of(Instant.parse("2026-03-28T23:30:00Z"), 60, Instant.parse("2026-03-29T01:30:00Z"), 70), BERLIN,
				FITBIT);
		HeartRateDays.resting(this.template, "demo", LocalDate.parse("2026-03-29"), 55);
		BodyMeasurements.write(this.template, "demo", LocalDate.parse("2026-03-29"), 80.5, null);
		DailyActivities.write(this.template, "demo", LocalDate.parse("2026-03-29"), 4200L, 2100.0);
		NutritionDays.diary(this.template, "demo", LocalDate.parse("2026-03-29"), 1850.0);
		HrvRecordings.write(this.template, "demo", Instant.parse("2026-03-29T05:00:00Z"), BERLIN);
		SleepSessions.write(this.template, "demo", Instant.parse("2026-03-28T21:30:00Z"), 450, ZoneOffset.ofHours(1),
				LocalDate.parse("2026-03-29"), SleepSessions.GOOGLE_HEALTH);
		BloodPressureReadings.write(this.template, "other", Instant.parse("2026-03-29T07:00:00Z"), BERLIN, 180, 110, 90,
				1);
		BodyMeasurements.write(this.template, "other", LocalDate.parse("2026-03-29"), 120.0, null);
	}

	@Test
	void buildsABundleThatParsesBackAndValidatesAgainstTheBaseR4Profiles() {
		String json = FhirExport.json(this.export.bundle("demo", range()));
		Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
		assertThat(bundle.getType()).isEqualTo(BundleType.COLLECTION);
		assertThat(bundle.getEntry()).hasSize(10);
		assertThat(errors(bundle)).isEmpty();
		// the validator does find errors: an Observation without its required status
		((Observation) bundle.getEntryFirstRep().getResource()).setStatus(null);
		assertThat(errors(bundle)).isNotEmpty();
	}

	@Test
	void codesTheBloodPressurePanelWithItsComponentsAtTheReadingsOffset() {
		Observation panel = observation("85354-9");
		assertThat(panel.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
		assertThat(panel.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("vital-signs");
		assertThat(panel.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2026-03-29T08:15:00+02:00");
		assertThat(panel.getComponent()).hasSize(2);
		assertThat(panel.getComponent().get(0).getCode().getCodingFirstRep().getCode()).isEqualTo("8480-6");
		assertQuantity(panel.getComponent().get(0).getValueQuantity(), 135, "mm[Hg]");
		assertThat(panel.getComponent().get(1).getCode().getCodingFirstRep().getCode()).isEqualTo("8462-4");
		assertQuantity(panel.getComponent().get(1).getValueQuantity(), 86, "mm[Hg]");
		assertThat(panel.getMeta().getSource()).isEqualTo("urn:falcon-health:source:dropbox/upload");
		assertThat(panel.getDevice().getDisplay()).isEqualTo("dropbox/upload");
		assertThat(panel.getSubject().getReference()).isNull();
	}

	@Test
	void codesEveryMetricWithItsUcumUnitInMetricUnitsWhateverTheUsersChoice() {
		List<Observation> heartRates = observations("8867-4");
		assertThat(heartRates).hasSize(2);
		assertQuantity(heartRates.get(0).getValueQuantity(), 61, "/min");
		assertThat(heartRates.get(0).getEffectiveDateTimeType().getValueAsString())
			.isEqualTo("2026-03-29T08:15:00+02:00");
		assertQuantity(heartRates.get(1).getValueQuantity(), 65, "/min");
		assertThat(heartRates.get(1).getEffectivePeriod().getStartElement().getValueAsString())
			.isEqualTo("2026-03-29T00:00:00+01:00");
		assertThat(heartRates.get(1).getEffectivePeriod().getEndElement().getValueAsString())
			.isEqualTo("2026-03-30T00:00:00+02:00");
		assertThat(heartRates.get(1).getMeta().getSource()).isEqualTo("urn:falcon-health:source:fitbit/google-health");
		assertQuantity(observation("40443-4").getValueQuantity(), 55, "/min");
		assertQuantity(observation("29463-7").getValueQuantity(), 80.5, "kg");
		assertQuantity(observation("41950-7").getValueQuantity(), 4200, "/d");
		assertThat(observation("41950-7").getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("activity");
		assertQuantity(observation("9052-2").getValueQuantity(), 1850, "kcal");
		assertThat(observation("93832-4").getValueQuantity().getCode()).isEqualTo("min");
		assertThat(observation("93832-4").getEffectiveDateTimeType().getValueAsString())
			.isEqualTo("2026-03-28T22:30:00+01:00");
		assertQuantity(observation("80404-7").getValueQuantity(), 51.2, "ms");
		Observation rmssd = observation("hrv-rmssd");
		assertThat(rmssd.getCode().getCodingFirstRep().getSystem())
			.isEqualTo("https://falcon.health/fhir/CodeSystem/metrics");
		assertQuantity(rmssd.getValueQuantity(), 42.1, "ms");
		assertThat(rmssd.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2026-03-29T07:00:00+02:00");
	}

	@Test
	void leavesOutAnotherUsersDataAndHasNothingForAnEmptyRange() {
		assertThat(observations("85354-9")).singleElement()
			.satisfies((panel) -> assertQuantity(panel.getComponentFirstRep().getValueQuantity(), 135, "mm[Hg]"));
		assertThat(this.export.bundle("nobody", range()).getEntry()).isEmpty();
		assertThat(this.export.bundle("demo", ExportRange.parse("2026-04-01", "2026-04-30")).getEntry()).isEmpty();
	}

	@Test
	void refusesMoreThan366Days() {
		assertThat(this.export.fileName(ExportRange.parse("2025-03-01", "2026-03-01")))
			.isEqualTo("falcon-health-2025-03-01-2026-03-01.fhir.json");
		assertThatExceptionOfType(RangeTooLargeException.class)
			.isThrownBy(() -> this.export.fileName(ExportRange.parse("2025-03-01", "2026-03-02")));
	}

	private static ExportRange range() {
		return ExportRange.parse("2026-03-28", "2026-03-29");
	}

	private Observation observation(String code) {
		return observations(code).get(0);
	}

	private List<Observation> observations(String code) {
		Bundle bundle = FHIR.newJsonParser()
			.parseResource(Bundle.class, FhirExport.json(this.export.bundle("demo", range())));
		return bundle.getEntry()
			.stream()
			.map((entry) -> (Observation) entry.getResource())
			.filter((observation) -> code.equals(observation.getCode().getCodingFirstRep().getCode()))
			.toList();
	}

	private static void assertQuantity(Quantity quantity, double value, String unit) {
		assertThat(quantity.getValue().doubleValue()).isEqualTo(value);
		assertThat(quantity.getSystem()).isEqualTo("http" + "://unitsofmeasure.org");
		assertThat(quantity.getCode()).isEqualTo(unit);
	}

	private static List<SingleValidationMessage> errors(Bundle bundle) {
		return VALIDATOR.validateWithResult(bundle)
			.getMessages()
			.stream()
			.filter((message) -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
			.toList();
	}

	private static FhirValidator validator() {
		ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR),
				new InMemoryTerminologyServerValidationSupport(FHIR), new CommonCodeSystemsTerminologyService(FHIR));
		FhirValidator validator = FHIR.newValidator();
		validator.registerValidatorModule(new FhirInstanceValidator(support));
		return validator;
	}

}
