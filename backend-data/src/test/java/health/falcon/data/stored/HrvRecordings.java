package health.falcon.data.stored;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import health.falcon.documents.hrv.HrvRecordingsCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes {@code hrv_recordings} exactly as dropbox-ingest's
 * {@code HrvRecordingStore.upsert} does: one document per report file, keyed
 * {@code <userId>:<sha256>}, stated metrics as {@code [{name, value}]}, the RR series as
 * parallel arrays.
 */
public final class HrvRecordings {

	private HrvRecordings() {
	}

	/**
	 * Store a five-minute recording of a file with three beats, a stated RMSSD of 42.1 ms
	 * and a recomputed one of 42.0 ms.
	 * @param sha256 the file's content hash, part of the id
	 * @param dropboxId the Dropbox file id, {@code null} for an upload
	 * @return its id
	 */
	public static String write(MongoTemplate template, String userId, String sha256, Instant start, ZoneId zone,
			@Nullable String dropboxId) {
		return write(template, userId, sha256, start, zone, 42.1, 42.0, dropboxId);
	}

	/**
	 * Store a five-minute recording of an uploaded file with the RMSSD its report states
	 * and the one recomputed from its beats.
	 * @param statedRmssd the report's RMSSD (ms), {@code null} when it states none
	 * @param recomputedRmssd the recomputed RMSSD (ms)
	 * @return its id
	 */
	public static String write(MongoTemplate template, String userId, String sha256, Instant start, ZoneId zone,
			@Nullable Double statedRmssd, double recomputedRmssd) {
		return write(template, userId, sha256, start, zone, statedRmssd, recomputedRmssd, null);
	}

	/**
	 * Store a recording of an uploaded file, its start in the id.
	 * @return its id
	 */
	public static String write(MongoTemplate template, String userId, Instant start, ZoneId zone) {
		return write(template, userId, "sha-" + start.getEpochSecond(), start, zone, null);
	}

	private static String write(MongoTemplate template, String userId, String sha256, Instant start, ZoneId zone,
			@Nullable Double statedRmssd, double recomputedRmssd, @Nullable String dropboxId) {
		String id = userId + ":" + sha256;
		List<Document> metrics = new ArrayList<>();
		metrics.add(new Document("name", "RMSSD").append("value", statedRmssd));
		metrics.add(new Document("name", "LF/HF").append("value", null));
		Document rr = new Document("n", List.of(1, 2, 3)).append("timestampMs", List.of(0L, 850L, 1720L))
			.append("rrMs", List.of(850, 870, 860))
			.append("bpm", List.of(71, 69, 70));
		Document document = new Document(HrvRecordingsCollection.ID, id).append(HrvRecordingsCollection.USER_ID, userId)
			.append(HrvRecordingsCollection.START, DropboxRows.time(start, zone, false))
			.append(HrvRecordingsCollection.END, DropboxRows.time(start.plusSeconds(300), zone, false))
			.append(HrvRecordingsCollection.INTERVALS, 300)
			.append(HrvRecordingsCollection.ARTIFACTS, 2)
			.append(HrvRecordingsCollection.ARTIFACTS_PERCENT, 0.7)
			.append(HrvRecordingsCollection.TAG, "morning")
			.append(HrvRecordingsCollection.METRICS, metrics)
			.append(HrvRecordingsCollection.RR, rr)
			.append(HrvRecordingsCollection.RECOMPUTED,
					new Document("sdnn", 51.2).append("rmssd", recomputedRmssd).append("pnn50", 21.5))
			.append(HrvRecordingsCollection.DISAGREES, false)
			.append(HrvRecordingsCollection.DISAGREEMENTS, List.of())
			.append(HrvRecordingsCollection.SOURCE,
					DropboxRows.source("cardiomood.txt", sha256, "CARDIOMOOD", dropboxId, false));
		template.getCollection(HrvRecordingsCollection.COLLECTION)
			.replaceOne(Filters.eq(HrvRecordingsCollection.ID, id), document, new ReplaceOptions().upsert(true));
		return id;
	}

}
