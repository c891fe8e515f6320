package health.falcon.data.bloodpressure;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import health.falcon.documents.MeasurementTimeFields;
import health.falcon.documents.bloodpressure.BloodPressureCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes blood-pressure readings with the shared names exactly as dropbox-ingest's
 * {@code BloodPressureStore} does (with its {@code MeasurementTimes} and {@code Sources};
 * they live in that service and are not on this module's class path): a replace-upsert of
 * the whole document, keyed {@code <userId>:<instant>:<sha256>:<line>}.
 */
public final class BloodPressureWriter {

	private BloodPressureWriter() {
	}

	/**
	 * Store a reading of an uploaded file, taken in a zone.
	 * @return its id
	 */
	public static String write(MongoTemplate template, String userId, Instant instant, ZoneId zone, int systolic,
			int diastolic, @Nullable Integer pulse, int line) {
		return write(template, userId, instant, zone, systolic, diastolic, pulse, line, null);
	}

	/**
	 * Store a reading; with a Dropbox id it is a row of a synced file.
	 * @return its id
	 */
	public static String write(MongoTemplate template, String userId, Instant instant, ZoneId zone, int systolic,
			int diastolic, @Nullable Integer pulse, int line, @Nullable String dropboxId) {
		String sha256 = "ab12cd";
		String id = userId + ":" + instant + ":" + sha256 + ":" + line;
		Document document = new Document(BloodPressureCollection.ID, id).append(BloodPressureCollection.USER_ID, userId)
			.append(BloodPressureCollection.SYSTOLIC, systolic)
			.append(BloodPressureCollection.DIASTOLIC, diastolic)
			.append(BloodPressureCollection.PULSE, pulse)
			.append(BloodPressureCollection.PRESSURE_UNIT, "mmHg")
			.append(BloodPressureCollection.PULSE_UNIT, "bpm")
			.append(BloodPressureCollection.TIME, time(instant, zone, false))
			.append(BloodPressureCollection.SOURCE,
					source("omron.csv", sha256, "OMRON_CONNECT", dropboxId).append("line", line));
		template.getCollection(BloodPressureCollection.COLLECTION)
			.replaceOne(Filters.eq(BloodPressureCollection.ID, id), document, new ReplaceOptions().upsert(true));
		return id;
	}

	/**
	 * The stored shape of a measurement time (dropbox-ingest's {@code MeasurementTimes}).
	 */
	public static Document time(Instant instant, ZoneId zone, boolean zoneAssumed) {
		return new Document(MeasurementTimeFields.INSTANT, Date.from(instant))
			.append(MeasurementTimeFields.OFFSET, zone.getRules().getOffset(instant).getId())
			.append(MeasurementTimeFields.ZONE_ID, zone.getId())
			.append(MeasurementTimeFields.LOCAL_DATE, instant.atZone(zone).toLocalDate().toString())
			.append(MeasurementTimeFields.ZONE_ASSUMED, zoneAssumed);
	}

	/**
	 * The stored shape of a row's source (dropbox-ingest's {@code Sources.document}).
	 */
	public static Document source(String file, String sha256, String format, @Nullable String dropboxId) {
		Document document = new Document("kind", "file").append("file", file)
			.append("sha256", sha256)
			.append("format", format);
		if (dropboxId == null) {
			return document.append("origin", "UPLOAD");
		}
		return document.append("origin", "DROPBOX")
			.append("dropboxId", dropboxId)
			.append("path", "/apps/falcon health/" + file)
			.append("rev", "015f")
			.append("contentHash", "c0ffee")
			.append("deleted", false);
	}

}
