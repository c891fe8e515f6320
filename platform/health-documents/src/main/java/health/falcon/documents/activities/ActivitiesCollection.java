package health.falcon.documents.activities;

import java.util.List;

import health.falcon.documents.MeasurementTimeFields;
import health.falcon.documents.Provenance;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The {@code activities} collection: one document per activity, written by
 * fitness-service and read by backend-server (and the read service). {@code _id} is
 * {@code <userId>:<provider>:<activityId>}; the natural key (userId, source.provider,
 * source.sourceId) is unique. Quantities are SI. The writer soft-deletes
 * ({@code deleted: true}), so readers leave deleted activities out.
 */
public final class ActivitiesCollection {

	public static final String COLLECTION = "activities";

	public static final String ID = "_id";

	public static final String USER_ID = "userId";

	/** Provenance, see {@link Provenance}. */
	public static final String SOURCE = "source";

	public static final String SOURCE_PROVIDER = SOURCE + "." + Provenance.PROVIDER;

	public static final String SOURCE_ID = SOURCE + "." + Provenance.SOURCE_ID;

	public static final String NAME = "name";

	/** The normalized sport ({@code RUN}, {@code RIDE}, …). */
	public static final String SPORT_TYPE = "sportType";

	/** The provider's own sport name ({@code TrailRun}). */
	public static final String SPORT_TYPE_RAW = "sportTypeRaw";

	/** The start, see {@link MeasurementTimeFields}. */
	public static final String TIME = "time";

	public static final String TIME_INSTANT = TIME + "." + MeasurementTimeFields.INSTANT;

	public static final String TIME_LOCAL_DATE = TIME + "." + MeasurementTimeFields.LOCAL_DATE;

	public static final String ELAPSED_SECONDS = "elapsedSeconds";

	public static final String MOVING_SECONDS = "movingSeconds";

	public static final String DISTANCE_METERS = "distanceMeters";

	public static final String ELEVATION_GAIN_METERS = "elevationGainMeters";

	public static final String AVERAGE_SPEED_MPS = "averageSpeedMps";

	public static final String MAX_SPEED_MPS = "maxSpeedMps";

	public static final String AVERAGE_HEART_RATE_BPM = "averageHeartRateBpm";

	public static final String MAX_HEART_RATE_BPM = "maxHeartRateBpm";

	/** Energy in kcal; absent until the provider's details were fetched. */
	public static final String ENERGY_KCAL = "energyKcal";

	public static final String KILOJOULES = "kilojoules";

	/** The writer's fingerprint of the content fields (not for readers). */
	public static final String CONTENT_HASH = "contentHash";

	/** {@code true} once the provider deleted the activity; the document stays. */
	public static final String DELETED = "deleted";

	public static final String DELETED_AT = "deletedAt";

	public static final String UPDATED_AT = "updatedAt";

	private ActivitiesCollection() {
	}

	/**
	 * The unique natural key {@code natural_key} (userId, source.provider,
	 * source.sourceId).
	 * @return a new index definition
	 */
	public static Index naturalKey() {
		return new Index().on(USER_ID, Sort.Direction.ASC)
			.on(SOURCE_PROVIDER, Sort.Direction.ASC)
			.on(SOURCE_ID, Sort.Direction.ASC)
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
