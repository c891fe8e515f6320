package health.falcon.data.metrics.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;

/**
 * Builds the Observations of the FHIR export: status {@code final}, a category of
 * {@code observation-category}, a LOINC code (or the local code system
 * {@value #LOCAL_SYSTEM} for what LOINC has no code for), UCUM units, the subject as a
 * display only (no user id leaves the service), and the source ({@code provider/channel})
 * as {@code meta.source} ({@value #SOURCE_PREFIX} and the name) and as the display of
 * {@code device}. The code systems are named by their canonical {@code http:} URIs, which
 * are identifiers, not addresses.
 */
@SuppressWarnings("nohttp")
final class Observations {

	static final String LOINC = "http://loinc.org";

	static final String UCUM = "http://unitsofmeasure.org";

	/** The code system of Falcon Health's metrics that LOINC has no code for. */
	static final String LOCAL_SYSTEM = "https://falcon.health/fhir/CodeSystem/metrics";

	static final String SOURCE_PREFIX = "urn:falcon-health:source:";

	static final String CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category";

	static final String VITAL_SIGNS = "vital-signs";

	static final String ACTIVITY = "activity";

	private Observations() {
	}

	/**
	 * An Observation with its status, category, code, subject and source.
	 * @param category {@value #VITAL_SIGNS} or {@value #ACTIVITY}
	 * @param code the code, {@link #loinc} or {@link #local}
	 * @param source the writer's {@code provider/channel}, or {@code null}
	 */
	static Observation of(String category, Coding code, @Nullable String source) {
		Observation observation = new Observation();
		observation.setStatus(ObservationStatus.FINAL);
		observation.addCategory(new CodeableConcept().addCoding(
				new Coding(CATEGORY_SYSTEM, category, VITAL_SIGNS.equals(category) ? "Vital Signs" : "Activity")));
		observation.setCode(new CodeableConcept().addCoding(code).setText(code.getDisplay()));
		observation.setSubject(new Reference().setDisplay("The signed-in Falcon Health user"));
		if (source != null) {
			observation.getMeta().setSource(SOURCE_PREFIX + source);
			observation.setDevice(new Reference().setDisplay(source));
		}
		return observation;
	}

	static Coding loinc(String code, String display) {
		return new Coding(LOINC, code, display);
	}

	static Coding local(String code, String display) {
		return new Coding(LOCAL_SYSTEM, code, display);
	}

	/**
	 * A UCUM quantity.
	 * @param unit the UCUM code, also shown as the unit
	 */
	static Quantity quantity(double value, String unit) {
		return new Quantity().setValue(value).setUnit(unit).setSystem(UCUM).setCode(unit);
	}

	/**
	 * The instant of a reading with its offset: the one it was measured at, else the
	 * user's zone's.
	 */
	static DateTimeType at(Instant at, @Nullable ZoneOffset offset, ZoneId zone) {
		return new DateTimeType(DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(at.truncatedTo(ChronoUnit.SECONDS).atZone((offset != null) ? offset : zone).toOffsetDateTime()));
	}

	/**
	 * A local day as the period from its midnight to the next one in the user's zone,
	 * each with its offset (a daylight-saving day has two).
	 */
	static Period day(LocalDate day, ZoneId zone) {
		return new Period()
			.setStartElement(new DateTimeType(
					DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(day.atStartOfDay(zone).toOffsetDateTime())))
			.setEndElement(new DateTimeType(DateTimeFormatter.ISO_OFFSET_DATE_TIME
				.format(day.plusDays(1).atStartOfDay(zone).toOffsetDateTime())));
	}

}
