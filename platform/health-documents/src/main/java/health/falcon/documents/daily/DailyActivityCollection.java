package health.falcon.documents.daily;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The {@code daily_activity} collection: one document per user and local day
 * ({@code _id = <userId>:<YYYY-MM-DD>}), written by fitbit-service. Each metric is
 * optional: a source sets only the metrics it reports, and a day left without any metric
 * is deleted.
 */
public final class DailyActivityCollection {

	public static final String COLLECTION = "daily_activity";

	public static final String ID = "_id";

	public static final String USER_ID = "userId";

	/** The local day, {@code YYYY-MM-DD}. */
	public static final String LOCAL_DATE = "localDate";

	public static final String STEPS = "steps";

	public static final String DISTANCE_METERS = "distanceMeters";

	public static final String ACTIVE_KCAL = "activeKcal";

	public static final String TOTAL_KCAL = "totalKcal";

	/** Every metric member, in the order above. */
	public static final List<String> METRICS = List.of(STEPS, DISTANCE_METERS, ACTIVE_KCAL, TOTAL_KCAL);

	/** Provenance of the last write, see {@code health.falcon.documents.Provenance}. */
	public static final String SOURCE = "source";

	public static final String UPDATED_AT = "updatedAt";

	private DailyActivityCollection() {
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
	 * The unique natural key {@code natural_key} (userId, localDate).
	 * @return a new index definition
	 */
	public static Index naturalKey() {
		return new Index().on(USER_ID, Sort.Direction.ASC)
			.on(LOCAL_DATE, Sort.Direction.ASC)
			.unique()
			.named("natural_key");
	}

	/**
	 * Every index the writer creates.
	 * @return new index definitions
	 */
	public static List<Index> indexes() {
		return List.of(naturalKey());
	}

}
