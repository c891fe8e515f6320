package health.falcon.documents.sleep;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The {@code sleep_sessions} collection: one document per sleep session
 * ({@code _id = <userId>:<start epoch minute>}), written by fitbit-service from the API
 * and from export files, which merge on that key. Times are BSON dates (UTC) with the
 * session's {@code offset} beside them.
 */
public final class SleepSessionsCollection {

	public static final String COLLECTION = "sleep_sessions";

	public static final String ID = "_id";

	public static final String USER_ID = "userId";

	/** The start truncated to the minute, part of the natural key. */
	public static final String START_MINUTE = "startMinute";

	public static final String START = "start";

	public static final String END = "end";

	/** The UTC offset of the session, {@code +01:00}. */
	public static final String OFFSET = "offset";

	/** The local date the session counts for ({@code YYYY-MM-DD}). */
	public static final String DATE_OF_SLEEP = "dateOfSleep";

	public static final String MAIN_SLEEP = "mainSleep";

	public static final String EFFICIENCY = "efficiency";

	public static final String MINUTES_ASLEEP = "minutesAsleep";

	public static final String MINUTES_AWAKE = "minutesAwake";

	/** {@code {level: minutes}}, levels in alphabetical order. */
	public static final String STAGE_MINUTES = "stageMinutes";

	/** {@code [{start, seconds, level}]}: the stage timeline. */
	public static final String STAGES = "stages";

	public static final String STAGE_START = "start";

	public static final String STAGE_SECONDS = "seconds";

	public static final String STAGE_LEVEL = "level";

	/** The writer's fingerprint of the content fields (not for readers). */
	public static final String CONTENT_HASH = "contentHash";

	/** Provenance, see {@code health.falcon.documents.Provenance}. */
	public static final String SOURCE = "source";

	public static final String UPDATED_AT = "updatedAt";

	private SleepSessionsCollection() {
	}

	/**
	 * The document id of a session.
	 * @param userId the owner
	 * @param start when the session started
	 * @return {@code <userId>:<start in epoch minutes>}
	 */
	public static String id(String userId, Instant start) {
		return userId + ":" + start.truncatedTo(ChronoUnit.MINUTES).getEpochSecond() / 60;
	}

	/**
	 * The unique natural key {@code natural_key} (userId, startMinute).
	 * @return a new index definition
	 */
	public static Index naturalKey() {
		return new Index().on(USER_ID, Sort.Direction.ASC)
			.on(START_MINUTE, Sort.Direction.ASC)
			.unique()
			.named("natural_key");
	}

	/**
	 * The {@code user_date} index for a user's nights, newest first.
	 * @return a new index definition
	 */
	public static Index userDate() {
		return new Index().on(USER_ID, Sort.Direction.ASC).on(DATE_OF_SLEEP, Sort.Direction.DESC).named("user_date");
	}

	/**
	 * Every index the writer creates.
	 * @return new index definitions
	 */
	public static List<Index> indexes() {
		return List.of(naturalKey(), userDate());
	}

}
