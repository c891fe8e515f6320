package health.falcon.documents.heartrate;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The {@code heart_rate_samples} collection: the packed samples of one user and local
 * day, written by fitbit-service together with the day's {@link HeartRateDaysCollection}
 * document, which has the same {@code _id}. Only readers of single samples ({@code raw})
 * and the writer's merge read it. The samples document is written first; the day document
 * records the {@link #WRITE_TOKEN} of the samples it was computed from, so a day whose
 * token differs is stale and the next merge of that day recomputes it.
 */
public final class HeartRateSamplesCollection {

	public static final String COLLECTION = "heart_rate_samples";

	/** {@code <userId>:<YYYY-MM-DD>}, see {@link HeartRateDaysCollection#id}. */
	public static final String ID = HeartRateDaysCollection.ID;

	public static final String USER_ID = HeartRateDaysCollection.USER_ID;

	/** The local day, {@code YYYY-MM-DD}. */
	public static final String LOCAL_DATE = HeartRateDaysCollection.LOCAL_DATE;

	/**
	 * The version of the day document these samples were written for; incremented on
	 * every write of the samples (optimistic locking).
	 */
	public static final String VERSION = HeartRateDaysCollection.VERSION;

	/**
	 * Which write produced these samples; equal to the day document's when it is current.
	 */
	public static final String WRITE_TOKEN = HeartRateDaysCollection.WRITE_TOKEN;

	/** The packed samples, BSON binary, see {@link SampleCodec}. */
	public static final String SAMPLES = HeartRateDaysCollection.SAMPLES;

	/** The samples' offset runs, as in {@link HeartRateDaysCollection#OFFSET_RUNS}. */
	public static final String OFFSET_RUNS = HeartRateDaysCollection.OFFSET_RUNS;

	private HeartRateSamplesCollection() {
	}

	/**
	 * The {@code user_date} index: a purge of a user's heart rate deletes by
	 * {@code userId}, and stays an index scan on a real MongoDB.
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
