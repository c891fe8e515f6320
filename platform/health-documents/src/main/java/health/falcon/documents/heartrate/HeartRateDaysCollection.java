package health.falcon.documents.heartrate;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The {@code heart_rate_days} collection: one document per user and local day
 * ({@code _id = <userId>:<YYYY-MM-DD>}), written by fitbit-service. The samples and the
 * per-minute rollups are packed ({@link SampleCodec}, {@link MinuteRollups}) on the time
 * axis of {@link SampleKeys}; the offsets are kept as runs beside them. The unique key is
 * {@code _id} itself; the writer also creates {@link #userDate()} for readers of a range
 * of days.
 */
public final class HeartRateDaysCollection {

	public static final String COLLECTION = "heart_rate_days";

	public static final String ID = "_id";

	public static final String USER_ID = "userId";

	/** The local day, {@code YYYY-MM-DD}. */
	public static final String LOCAL_DATE = "localDate";

	/** Incremented on every write (optimistic locking). */
	public static final String VERSION = "version";

	/** Which write produced this version (the writer's conflict check). */
	public static final String WRITE_TOKEN = "writeToken";

	/**
	 * The packed samples, BSON binary, see {@link SampleCodec}: only in documents written
	 * before the samples moved to {@link HeartRateSamplesCollection}; fitbit-service
	 * moves them on start-up.
	 */
	public static final String SAMPLES = "samples";

	/** The packed per-minute rollups, BSON binary, see {@link MinuteRollups}. */
	public static final String ROLLUPS = "rollups";

	/** {@code [{from: key, offset: seconds}]}: the UTC offset from a key on. */
	public static final String OFFSET_RUNS = "offsetRuns";

	/** Member of an offset run: the first key it applies to. */
	public static final String OFFSET_RUN_FROM = "from";

	/** Member of an offset run: the UTC offset in seconds. */
	public static final String OFFSET_RUN_OFFSET = "offset";

	/** The offsets seen that day, {@code +01:00}, in order. */
	public static final String OFFSETS = "offsets";

	/** Whether more than one offset occurs (daylight saving or travel). */
	public static final String ZONE_CHANGED = "zoneChanged";

	public static final String SAMPLE_COUNT = "sampleCount";

	/**
	 * The sum of the bpm of all samples (mean = sumBpm / sampleCount); absent only in
	 * documents written before it existed.
	 */
	public static final String SUM_BPM = "sumBpm";

	/**
	 * How many hours of the epoch (UTC, {@code epochSecond / 3600}) hold samples; lets a
	 * reader tell without the rollups that a range has more hours with data than points
	 * asked for. Absent in documents written before it existed.
	 */
	public static final String HOUR_COUNT = "hourCount";

	public static final String MIN_BPM = "minBpm";

	public static final String MAX_BPM = "maxBpm";

	/** The resting heart rate, absent when none was reported. */
	public static final String RESTING_BPM = "restingBpm";

	/** Provenance of {@link #RESTING_BPM}. */
	public static final String RESTING_SOURCE = "restingSource";

	/** The last few distinct provenances of the samples. */
	public static final String SOURCES = "sources";

	public static final String UPDATED_AT = "updatedAt";

	private HeartRateDaysCollection() {
	}

	/**
	 * The document id of a user's day.
	 * @param userId the owner
	 * @return {@code <userId>:<YYYY-MM-DD>}
	 */
	public static String id(String userId, LocalDate day) {
		return userId + ":" + day;
	}

	/**
	 * The {@code user_date} index: readers select a user's days by local date (a range of
	 * a series, the latest resting heart rate).
	 * @return a new index definition
	 */
	public static Index userDate() {
		return new Index().on(USER_ID, Sort.Direction.ASC).on(LOCAL_DATE, Sort.Direction.ASC).named("user_date");
	}

	/**
	 * Every index the writer creates besides {@code _id}.
	 * @return new index definitions
	 */
	public static List<Index> indexes() {
		return List.of(userDate());
	}

}
