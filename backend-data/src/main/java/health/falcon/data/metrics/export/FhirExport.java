package health.falcon.data.metrics.export;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import health.falcon.data.metrics.MetricValue;
import health.falcon.data.metrics.MetricValues;
import health.falcon.documents.settings.UserZones;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;

import org.springframework.stereotype.Service;

/**
 * Builds the FHIR R4 export of a user's metrics between two local dates (at most
 * {@value #MAX_DAYS}): a Bundle of type {@code collection} of Observations built with
 * HAPI FHIR, encoded as JSON. Blood pressure per reading (panel 85354-9, components
 * 8480-6 and 8462-4, and its pulse as a heart rate 8867-4 at the same time), HRV per
 * recording (RMSSD under {@link Observations#LOCAL_SYSTEM}, SDNN 80404-7 where stored),
 * sleep per session (93832-4, minutes, at the session's start), and per local date: the
 * day's mean heart rate (8867-4, an {@code effectivePeriod}; never the samples), resting
 * heart rate (40443-4), weight (29463-7), steps (41950-7) and calorie intake (9052-2).
 * Always in metric units.
 */
@Service
class FhirExport {

	static final int MAX_DAYS = 366;

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private final MetricValues values;

	private final HeartRateExportRepository heartRate;

	private final UserZones zones;

	private final Clock clock;

	FhirExport(MetricValues values, HeartRateExportRepository heartRate, UserZones zones, Clock clock) {
		this.values = values;
		this.heartRate = heartRate;
		this.zones = zones;
		this.clock = clock;
	}

	/**
	 * Check that a range can be exported, before anything is read.
	 * @return the file name, {@code falcon-health-<from>-<to>.fhir.json}
	 * @throws RangeTooLargeException (400 {@code range-too-large}) over more than
	 * {@value #MAX_DAYS} days
	 */
	String fileName(ExportRange range) {
		range.requireAtMost(MAX_DAYS, "The FHIR export");
		return "falcon-health-" + range.first() + "-" + range.last() + ".fhir.json";
	}

	/**
	 * Build the Bundle of a range checked with {@link #fileName}.
	 */
	Bundle bundle(String userId, ExportRange range) {
		ZoneId zone = this.zones.zoneOf(userId);
		Bundle bundle = new Bundle().setType(BundleType.COLLECTION).setTimestamp(Date.from(this.clock.instant()));
		bloodPressure(bundle, read(userId, "blood-pressure", range), zone);
		this.heartRate.totals(userId, range.first(), range.last())
			.forEach((day) -> add(bundle,
					Observations.of(Observations.VITAL_SIGNS, Observations.loinc("8867-4", "Heart rate"), day.source())
						.setEffective(Observations.day(day.day(), zone))
						.setValue(Observations.quantity(day.mean(), "/min"))));
		daily(bundle, read(userId, "resting-heart-rate", range), zone, Observations.VITAL_SIGNS, "40443-4",
				"Heart rate --resting", "/min");
		daily(bundle, read(userId, "weight", range), zone, Observations.VITAL_SIGNS, "29463-7", "Body weight", "kg");
		daily(bundle, read(userId, "steps", range), zone, Observations.ACTIVITY, "41950-7",
				"Number of steps in 24 hour Measured", "/d");
		daily(bundle, read(userId, "calories-in", range), zone, Observations.ACTIVITY, "9052-2",
				"Calorie intake total 24 hour", "kcal");
		hrv(bundle, read(userId, "hrv-rmssd", range), zone);
		for (MetricValue session : read(userId, "sleep-duration", range)) {
			add(bundle,
					Observations
						.of(Observations.ACTIVITY, Observations.loinc("93832-4", "Sleep duration"), session.source())
						.setEffective(Observations.at(session.at(), session.offset(), zone))
						.setValue(Observations.quantity(session.value(), "min")));
		}
		return bundle;
	}

	/**
	 * The Bundle as FHIR JSON.
	 */
	static String json(Bundle bundle) {
		return FHIR.newJsonParser().encodeResourceToString(bundle);
	}

	private List<MetricValue> read(String userId, String metric, ExportRange range) {
		return this.values.values(userId, metric, range.first(), range.last(), false);
	}

	private static void bloodPressure(Bundle bundle, List<MetricValue> readings, ZoneId zone) {
		for (MetricValue reading : readings) {
			Observation panel = Observations.of(Observations.VITAL_SIGNS,
					Observations.loinc("85354-9", "Blood pressure panel with all children optional"), reading.source())
				.setEffective(Observations.at(reading.at(), reading.offset(), zone));
			panel.addComponent(component("8480-6", "Systolic blood pressure", reading.parts().get("systolic")));
			panel.addComponent(component("8462-4", "Diastolic blood pressure", reading.parts().get("diastolic")));
			add(bundle, panel);
			Double pulse = reading.parts().get("pulse");
			if (pulse != null) {
				add(bundle,
						Observations
							.of(Observations.VITAL_SIGNS, Observations.loinc("8867-4", "Heart rate"), reading.source())
							.setEffective(Observations.at(reading.at(), reading.offset(), zone))
							.setValue(Observations.quantity(pulse, "/min")));
			}
		}
	}

	private static ObservationComponentComponent component(String code, String display, Double mmHg) {
		ObservationComponentComponent component = new ObservationComponentComponent();
		component.getCode().addCoding(Observations.loinc(code, display)).setText(display);
		component.setValue(Observations.quantity(mmHg, "mm[Hg]"));
		return component;
	}

	private static void hrv(Bundle bundle, List<MetricValue> recordings, ZoneId zone) {
		for (MetricValue recording : recordings) {
			add(bundle,
					Observations
						.of(Observations.VITAL_SIGNS,
								Observations.local("hrv-rmssd",
										"Heart rate variability, root mean square of successive RR differences"),
								recording.source())
						.setEffective(Observations.at(recording.at(), recording.offset(), zone))
						.setValue(Observations.quantity(recording.value(), "ms")));
			Double sdnn = recording.parts().get("sdnn");
			if (sdnn != null) {
				add(bundle,
						Observations
							.of(Observations.VITAL_SIGNS,
									Observations.loinc("80404-7",
											"R-R interval.standard deviation (Heart rate variability)"),
									recording.source())
							.setEffective(Observations.at(recording.at(), recording.offset(), zone))
							.setValue(Observations.quantity(sdnn, "ms")));
			}
		}
	}

	private static void daily(Bundle bundle, List<MetricValue> days, ZoneId zone, String category, String code,
			String display, String unit) {
		for (MetricValue day : days) {
			add(bundle,
					Observations.of(category, Observations.loinc(code, display), day.source())
						.setEffective(Observations.day(day.day(), zone))
						.setValue(Observations.quantity(day.value(), unit)));
		}
	}

	private static void add(Bundle bundle, Observation observation) {
		bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(observation);
	}

}
