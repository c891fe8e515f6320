package health.falcon.documents.hrv;

import java.util.List;

import health.falcon.documents.MeasurementTimeFields;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The {@code hrv_recordings} collection: one document per CardioMood report file
 * ({@code _id = <userId>:<file sha256>}), written by dropbox-ingest: the stated metrics
 * as {@code [{name, value}]}, the RR series as parallel arrays (ms), the recomputed
 * SDNN/RMSSD (ms) and pNN50 (%) and whether they disagree with the report.
 */
public final class HrvRecordingsCollection {

	public static final String COLLECTION = "hrv_recordings";

	public static final String ID = "_id";

	public static final String USER_ID = "userId";

	/** See {@code health.falcon.documents.MeasurementTimeFields}. */
	public static final String START = "start";

	/** Like {@link #START}; {@code null} when the report has no end. */
	public static final String END = "end";

	public static final String INTERVALS = "intervals";

	public static final String ARTIFACTS = "artifacts";

	public static final String ARTIFACTS_PERCENT = "artifactsPercent";

	public static final String TAG = "tag";

	/** {@code [{name, value}]}, {@code value} {@code null} for {@code N/A}. */
	public static final String METRICS = "metrics";

	/** {@code {n [], timestampMs [], rrMs [], bpm []}}: parallel arrays. */
	public static final String RR = "rr";

	/** {@code {sdnn, rmssd, pnn50}}. */
	public static final String RECOMPUTED = "recomputed";

	public static final String DISAGREES = "disagrees";

	public static final String DISAGREEMENTS = "disagreements";

	/** The file it came from ({@code origin}, {@code sha256}, …). */
	public static final String SOURCE = "source";

	/** The Dropbox file id of a recording read from Dropbox; absent for uploads. */
	public static final String SOURCE_DROPBOX_ID = SOURCE + ".dropboxId";

	private HrvRecordingsCollection() {
	}

	/**
	 * The {@code user_dropbox_file} index: a revision, deletion or purge touches one
	 * file's recordings, found by its Dropbox id.
	 * @return a new index definition
	 */
	public static Index userDropboxFile() {
		return new Index().on(USER_ID, Sort.Direction.ASC)
			.on(SOURCE_DROPBOX_ID, Sort.Direction.ASC)
			.named("user_dropbox_file");
	}

	/**
	 * Every index the writer creates besides {@code _id}.
	 * @return new index definitions
	 */
	public static List<Index> indexes() {
		return List.of(userDropboxFile(), userStart(), userDate());
	}

	/**
	 * The {@code user_start} index: a user's recordings newest first.
	 * @return a new index definition
	 */
	public static Index userStart() {
		return new Index().on(USER_ID, Sort.Direction.ASC)
			.on(START + "." + MeasurementTimeFields.INSTANT, Sort.Direction.DESC)
			.named("user_start");
	}

	/**
	 * The {@code user_date} index: a user's recordings by the local date they were
	 * recorded on.
	 * @return a new index definition
	 */
	public static Index userDate() {
		return new Index().on(USER_ID, Sort.Direction.ASC)
			.on(START + "." + MeasurementTimeFields.LOCAL_DATE, Sort.Direction.ASC)
			.named("user_date");
	}

}
