package health.falcon.dropbox.store;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import health.falcon.documents.bloodpressure.BloodPressureCollection;
import health.falcon.dropbox.formats.BloodPressureReading;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code blood_pressure} collection: one document per reading, keyed by its natural
 * key (user, instant, source file hash, line) so that importing the same file again
 * replaces rather than duplicates. Pressures in mmHg, pulse in bpm.
 */
@Repository
public class BloodPressureStore {

	private final MongoCollection<Document> readings;

	public BloodPressureStore(MongoTemplate mongo) {
		this.readings = mongo.getCollection(BloodPressureCollection.COLLECTION);
	}

	/**
	 * Insert or replace readings of one file.
	 * @param userId the owner
	 * @param source the file they come from
	 * @param batch the readings; may be empty
	 */
	public void upsert(String userId, FileSource source, List<BloodPressureReading> batch) {
		if (batch.isEmpty()) {
			return;
		}
		List<ReplaceOneModel<Document>> writes = new ArrayList<>(batch.size());
		for (BloodPressureReading reading : batch) {
			Document document = document(userId, source, reading);
			writes.add(new ReplaceOneModel<>(
					Filters.eq(BloodPressureCollection.ID, document.get(BloodPressureCollection.ID)), document,
					new ReplaceOptions().upsert(true)));
		}
		this.readings.bulkWrite(writes, new BulkWriteOptions().ordered(false));
	}

	/**
	 * Count a user's readings.
	 * @param userId the owner
	 * @return the number of stored readings
	 */
	public long count(String userId) {
		return this.readings.countDocuments(Filters.eq(BloodPressureCollection.USER_ID, userId));
	}

	static String key(String userId, FileSource source, BloodPressureReading reading) {
		return userId + ":" + reading.time().instant() + ":" + source.sha256() + ":" + reading.line();
	}

	private static Document document(String userId, FileSource source, BloodPressureReading reading) {
		return new Document(BloodPressureCollection.ID, key(userId, source, reading))
			.append(BloodPressureCollection.USER_ID, userId)
			.append(BloodPressureCollection.SYSTOLIC, reading.systolic())
			.append(BloodPressureCollection.DIASTOLIC, reading.diastolic())
			.append(BloodPressureCollection.PULSE, reading.pulse())
			.append(BloodPressureCollection.PRESSURE_UNIT, "mmHg")
			.append(BloodPressureCollection.PULSE_UNIT, "bpm")
			.append(BloodPressureCollection.TIME, MeasurementTimes.document(reading.time()))
			.append("source", Sources.document(source).append("line", reading.line()));
	}

}
