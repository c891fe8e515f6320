package health.falcon.dropbox.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import health.falcon.documents.hrv.HrvRecordingsCollection;
import health.falcon.dropbox.formats.Beat;
import health.falcon.dropbox.formats.HrvReport;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code hrv_recordings} collection: one document per report file (keyed by user and
 * content hash, so a re-import replaces it) with the stated metrics (as a list of
 * {@code {name, value}}, {@code null} for {@code N/A}), the RR series as parallel arrays
 * (ms), the recomputed SDNN/RMSSD (ms) and pNN50 (%) and the disagreement flag.
 */
@Repository
public class HrvRecordingStore {

	private final MongoCollection<Document> recordings;

	public HrvRecordingStore(MongoTemplate mongo) {
		this.recordings = mongo.getCollection(HrvRecordingsCollection.COLLECTION);
	}

	/**
	 * Insert or replace the recording of one report file.
	 * @param userId the owner
	 * @param source the file
	 */
	public void upsert(String userId, FileSource source, HrvReport report) {
		String id = userId + ":" + source.sha256();
		Document document = new Document(HrvRecordingsCollection.ID, id).append(HrvRecordingsCollection.USER_ID, userId)
			.append(HrvRecordingsCollection.START, MeasurementTimes.document(report.start()))
			.append(HrvRecordingsCollection.END,
					(report.end() != null) ? MeasurementTimes.document(report.end()) : null)
			.append(HrvRecordingsCollection.INTERVALS, report.intervals())
			.append(HrvRecordingsCollection.ARTIFACTS, report.artifacts())
			.append(HrvRecordingsCollection.ARTIFACTS_PERCENT, report.artifactsPercent())
			.append(HrvRecordingsCollection.TAG, report.tag())
			.append(HrvRecordingsCollection.METRICS, metrics(report.metrics()))
			.append(HrvRecordingsCollection.RR, rr(report.rr()))
			.append(HrvRecordingsCollection.RECOMPUTED,
					new Document("sdnn", report.recomputed().sdnn()).append("rmssd", report.recomputed().rmssd())
						.append("pnn50", report.recomputed().pnn50()))
			.append(HrvRecordingsCollection.DISAGREES, report.disagrees())
			.append(HrvRecordingsCollection.DISAGREEMENTS, report.disagreements())
			.append("source", Sources.document(source));
		this.recordings.replaceOne(Filters.eq(HrvRecordingsCollection.ID, id), document,
				new ReplaceOptions().upsert(true));
	}

	/**
	 * Find the recording of a file.
	 * @param userId the owner
	 * @param sha256 the file's content hash
	 * @return the stored document, or {@code null}
	 */
	public @Nullable Document find(String userId, String sha256) {
		return this.recordings.find(Filters.eq(HrvRecordingsCollection.ID, userId + ":" + sha256)).first();
	}

	private static List<Document> metrics(Map<String, @Nullable Double> metrics) {
		List<Document> list = new ArrayList<>();
		metrics.forEach((name, value) -> list.add(new Document("name", name).append("value", value)));
		return list;
	}

	private static Document rr(List<Beat> beats) {
		List<Integer> n = new ArrayList<>(beats.size());
		List<Long> timestamps = new ArrayList<>(beats.size());
		List<Integer> rr = new ArrayList<>(beats.size());
		List<Integer> bpm = new ArrayList<>(beats.size());
		for (Beat beat : beats) {
			n.add(beat.n());
			timestamps.add(beat.timestampMs());
			rr.add(beat.rrMs());
			bpm.add(beat.bpm());
		}
		return new Document("n", n).append("timestampMs", timestamps).append("rrMs", rr).append("bpm", bpm);
	}

}
