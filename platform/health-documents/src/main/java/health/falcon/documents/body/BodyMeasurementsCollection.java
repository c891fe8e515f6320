package health.falcon.documents.body;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The {@code body_measurements} collection: one document per user and local date
 * ({@code _id = <userId>/<YYYY-MM-DD>}), written by diet-service from MyFitnessPal export
 * files. The unique key is {@code _id} itself; the writer also creates
 * {@link #userDate()} for readers of a range of days.
 */
public final class BodyMeasurementsCollection {

	public static final String COLLECTION = "body_measurements";

	public static final String ID = "_id";

	public static final String USER_ID = "userId";

	/** The local date, {@code YYYY-MM-DD}. */
	public static final String DATE = "date";

	public static final String WEIGHT_KG = "weightKg";

	/** Body fat in percent (0 to 100). */
	public static final String BODY_FAT_PCT = "bodyFatPct";

	/** Provenance of the file the measurement came from. */
	public static final String SOURCE = "source";

	private BodyMeasurementsCollection() {
	}

	/**
	 * The document id of a user's day.
	 * @param userId the owner
	 * @return {@code <userId>/<YYYY-MM-DD>}
	 */
	public static String id(String userId, LocalDate date) {
		return userId + "/" + date;
	}

	/**
	 * The {@code user_date} index: readers list and sum a user's days by date.
	 * @return a new index definition
	 */
	public static Index userDate() {
		return new Index().on(USER_ID, Sort.Direction.ASC).on(DATE, Sort.Direction.DESC).named("user_date");
	}

	/**
	 * Every index the writer creates besides {@code _id}.
	 * @return new index definitions
	 */
	public static List<Index> indexes() {
		return List.of(userDate());
	}

}
