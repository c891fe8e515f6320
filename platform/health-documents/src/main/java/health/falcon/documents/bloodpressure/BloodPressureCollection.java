package health.falcon.documents.bloodpressure;

import java.util.List;

import health.falcon.documents.MeasurementTimeFields;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The {@code blood_pressure} collection: one document per reading, written by
 * dropbox-ingest from uploaded or Dropbox files. {@code _id} is content based
 * ({@code <userId>:<instant>:<file sha256>:<line>}), so importing a file again replaces
 * rather than duplicates. Pressures in mmHg, pulse in bpm.
 */
public final class BloodPressureCollection {

	public static final String COLLECTION = "blood_pressure";

	public static final String ID = "_id";

	public static final String USER_ID = "userId";

	public static final String SYSTOLIC = "systolic";

	public static final String DIASTOLIC = "diastolic";

	public static final String PULSE = "pulse";

	/** Always {@code mmHg}. */
	public static final String PRESSURE_UNIT = "pressureUnit";

	/** Always {@code bpm}. */
	public static final String PULSE_UNIT = "pulseUnit";

	/**
	 * When it was measured, see {@code health.falcon.documents.MeasurementTimeFields}.
	 */
	public static final String TIME = "time";

	/**
	 * The file and line it came from ({@code origin}, {@code sha256}, {@code line}, …).
	 */
	public static final String SOURCE = "source";

	/** The Dropbox file id of a row read from Dropbox; absent for uploads. */
	public static final String SOURCE_DROPBOX_ID = SOURCE + ".dropboxId";

	private BloodPressureCollection() {
	}

	/**
	 * The {@code user_dropbox_file} index: a revision, deletion or purge touches one
	 * file's rows, found by its Dropbox id.
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
		return List.of(userDropboxFile(), userTime(), userDate());
	}

	/**
	 * The {@code user_time} index: a user's readings newest first (the list, the latest
	 * reading).
	 * @return a new index definition
	 */
	public static Index userTime() {
		return new Index().on(USER_ID, Sort.Direction.ASC)
			.on(TIME + "." + MeasurementTimeFields.INSTANT, Sort.Direction.DESC)
			.named("user_time");
	}

	/**
	 * The {@code user_date} index: a user's readings by the local date they were measured
	 * on (a series, a date filter).
	 * @return a new index definition
	 */
	public static Index userDate() {
		return new Index().on(USER_ID, Sort.Direction.ASC)
			.on(TIME + "." + MeasurementTimeFields.LOCAL_DATE, Sort.Direction.ASC)
			.named("user_date");
	}

}
