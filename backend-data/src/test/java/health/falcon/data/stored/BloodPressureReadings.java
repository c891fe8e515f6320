package health.falcon.data.stored;

import java.time.Instant;
import java.time.ZoneId;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import health.falcon.documents.bloodpressure.BloodPressureCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes {@code blood_pressure} readings exactly as dropbox-ingest's
 * {@code BloodPressureStore} does: a replace-upsert of the whole document, keyed
 * {@code <userId>:<instant>:<sha256>:<line>}.
 */
public final class BloodPressureReadings {

	private BloodPressureReadings() {
	}

	/**
	 * Store a reading of an uploaded file, taken in a zone.
	 * @return its id
	 */
	public static String write(MongoTemplate template, String userId, Instant instant, ZoneId zone, int systolic,
			int diastolic, @Nullable Integer pulse, int line) {
		return write(template, userId, instant, zone, systolic, diastolic, pulse, line, null, false);
	}

	/**
	 * Store the first reading of a file: an upload, or a row of a file synced from
	 * Dropbox and deleted there since.
	 * @return its id
	 */
	public static String write(MongoTemplate template, String userId, Instant instant, ZoneId zone, int systolic,
			int diastolic, @Nullable Integer pulse, boolean deletedInDropbox) {
		return write(template, userId, instant, zone, systolic, diastolic, pulse, 1, deletedInDropbox ? "id:1" : null,
				deletedInDropbox);
	}

	/**
	 * Store a reading; with a Dropbox id it is a row of a synced file.
	 * @return its id
	 */
	public static String write(MongoTemplate template, String userId, Instant instant, ZoneId zone, int systolic,
			int diastolic, @Nullable Integer pulse, int line, @Nullable String dropboxId) {
		return write(template, userId, instant, zone, systolic, diastolic, pulse, line, dropboxId, false);
	}

	/**
	 * Store a reading; with a Dropbox id it is a row of a synced file, which may have
	 * been deleted in Dropbox.
	 * @return its id
	 */
	public static String write(MongoTemplate template, String userId, Instant instant, ZoneId zone, int systolic,
			int diastolic, @Nullable Integer pulse, int line, @Nullable String dropboxId, boolean deleted) {
		String sha256 = "ab12cd";
		String id = userId + ":" + instant + ":" + sha256 + ":" + line;
		Document document = new Document(BloodPressureCollection.ID, id).append(BloodPressureCollection.USER_ID, userId)
			.append(BloodPressureCollection.SYSTOLIC, systolic)
			.append(BloodPressureCollection.DIASTOLIC, diastolic)
			.append(BloodPressureCollection.PULSE, pulse)
			.append(BloodPressureCollection.PRESSURE_UNIT, "mmHg")
			.append(BloodPressureCollection.PULSE_UNIT, "bpm")
			.append(BloodPressureCollection.TIME, DropboxRows.time(instant, zone, false))
			.append(BloodPressureCollection.SOURCE,
					DropboxRows.source("omron.csv", sha256, "OMRON_CONNECT", dropboxId, deleted).append("line", line));
		template.getCollection(BloodPressureCollection.COLLECTION)
			.replaceOne(Filters.eq(BloodPressureCollection.ID, id), document, new ReplaceOptions().upsert(true));
		return id;
	}

}
