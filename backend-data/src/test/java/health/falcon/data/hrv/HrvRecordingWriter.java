package health.falcon.data.hrv;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import health.falcon.data.bloodpressure.BloodPressureWriter;
import health.falcon.documents.hrv.HrvRecordingsCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes HRV recordings with the shared names exactly as dropbox-ingest's
 * {@code HrvRecordingStore.upsert} does (it lives in that service and is not on this
 * module's class path): one document per report file, keyed {@code <userId>:<sha256>},
 * stated metrics as {@code [{name, value}]}, the RR series as parallel arrays.
 */
public final class HrvRecordingWriter {

	private HrvRecordingWriter() {
	}

	/**
	 * Store a five-minute recording of an uploaded file with three beats.
	 * @param sha256 the file's content hash, part of the id
	 * @return its id
	 */
	public static String write(MongoTemplate template, String userId, String sha256, Instant start, ZoneId zone,
			@Nullable String dropboxId) {
		String id = userId + ":" + sha256;
		List<Document> metrics = new ArrayList<>();
		metrics.add(new Document("name", "RMSSD").append("value", 42.1));
		metrics.add(new Document("name", "LF/HF").append("value", null));
		Document rr = new Document("n", List.of(1, 2, 3)).append("timestampMs", List.of(0L, 850L, 1720L))
			.append("rrMs", List.of(850, 870, 860))
			.append("bpm", List.of(71, 69, 70));
		Document document = new Document(HrvRecordingsCollection.ID, id).append(HrvRecordingsCollection.USER_ID, userId)
			.append(HrvRecordingsCollection.START, BloodPressureWriter.time(start, zone, false))
			.append(HrvRecordingsCollection.END, BloodPressureWriter.time(start.plusSeconds(300), zone, false))
			.append(HrvRecordingsCollection.INTERVALS, 300)
			.append(HrvRecordingsCollection.ARTIFACTS, 2)
			.append(HrvRecordingsCollection.ARTIFACTS_PERCENT, 0.7)
			.append(HrvRecordingsCollection.TAG, "morning")
			.append(HrvRecordingsCollection.METRICS, metrics)
			.append(HrvRecordingsCollection.RR, rr)
			.append(HrvRecordingsCollection.RECOMPUTED,
					new Document("sdnn", 51.2).append("rmssd", 42.0).append("pnn50", 21.5))
			.append(HrvRecordingsCollection.DISAGREES, false)
			.append(HrvRecordingsCollection.DISAGREEMENTS, List.of())
			.append(HrvRecordingsCollection.SOURCE,
					BloodPressureWriter.source("cardiomood.txt", sha256, "CARDIOMOOD", dropboxId));
		template.getCollection(HrvRecordingsCollection.COLLECTION)
			.replaceOne(Filters.eq(HrvRecordingsCollection.ID, id), document, new ReplaceOptions().upsert(true));
		return id;
	}

}
