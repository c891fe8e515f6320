package health.falcon.data.stored;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import health.falcon.documents.Provenance;
import health.falcon.documents.sleep.SleepSessionsCollection;
import health.falcon.model.Source;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes {@code sleep_sessions} exactly as fitbit-service's
 * {@code MongoSleepStore.upsert} does: a {@code $set} of the content, the fingerprint,
 * the provenance and {@code updatedAt}, upserted by
 * {@code <userId>:<start epoch minute>}.
 */
public final class SleepSessions {

	/** The provenance of a Google Health API sync. */
	public static final Source GOOGLE_HEALTH = new Source("fitbit", "google-health:sleep", "run-1",
			Instant.parse("2026-11-01T06:00:00Z"));

	private static final String WAKE = "wake";

	private SleepSessions() {
	}

	/**
	 * Store a main sleep asleep for its first two thirds (light, then deep) and awake for
	 * the rest.
	 * @return its id
	 */
	public static String write(MongoTemplate template, String userId, Instant start, int minutes, ZoneOffset offset,
			LocalDate dateOfSleep, Source source) {
		int light = minutes / 3;
		int deep = minutes / 3;
		int wake = minutes - light - deep;
		List<Document> stages = List.of(stage(start, light * 60, "light"),
				stage(start.plus(light, ChronoUnit.MINUTES), deep * 60, "deep"),
				stage(start.plus(light + deep, ChronoUnit.MINUTES), wake * 60, WAKE));
		return write(template, userId, start, start.plus(minutes, ChronoUnit.MINUTES), offset, dateOfSleep, true,
				Map.of("light", light, "deep", deep, WAKE, wake), stages, source);
	}

	/**
	 * Store a session with its minutes per stage ({@code wake} is awake, every other
	 * stage asleep) and one stage entry of its whole length.
	 * @return its id
	 */
	public static String write(MongoTemplate template, String userId, Instant start, Instant end, ZoneOffset offset,
			LocalDate dateOfSleep, boolean mainSleep, Map<String, Integer> stageMinutes, Source source) {
		return write(template, userId, start, end, offset, dateOfSleep, mainSleep, stageMinutes,
				List.of(stage(start, (int) (end.getEpochSecond() - start.getEpochSecond()), "light")), source);
	}

	/**
	 * Store a main sleep in a zone with its minutes per stage.
	 * @return its id
	 */
	public static String write(MongoTemplate template, String userId, Instant start, Instant end, ZoneId zone,
			LocalDate dateOfSleep, Map<String, Integer> stageMinutes, Source source) {
		return write(template, userId, start, end, zone.getRules().getOffset(start), dateOfSleep, true, stageMinutes,
				source);
	}

	/**
	 * Store a session at {@code +01:00} with its minutes per stage from a Google Health
	 * API sync.
	 * @return its id
	 */
	public static String write(MongoTemplate template, String userId, Instant start, Instant end, LocalDate dateOfSleep,
			boolean mainSleep, Map<String, Integer> stageMinutes) {
		return write(template, userId, start, end, ZoneOffset.ofHours(1), dateOfSleep, mainSleep, stageMinutes,
				GOOGLE_HEALTH);
	}

	private static String write(MongoTemplate template, String userId, Instant start, Instant end, ZoneOffset offset,
			LocalDate dateOfSleep, boolean mainSleep, Map<String, Integer> stageMinutes, List<Document> stages,
			Source source) {
		int asleep = stageMinutes.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().equals(WAKE))
			.mapToInt(Map.Entry::getValue)
			.sum();
		String id = SleepSessionsCollection.id(userId, start);
		Update update = new Update().set(SleepSessionsCollection.USER_ID, userId)
			.set(SleepSessionsCollection.START_MINUTE, Date.from(start.truncatedTo(ChronoUnit.MINUTES)))
			.set(SleepSessionsCollection.START, Date.from(start))
			.set(SleepSessionsCollection.END, Date.from(end))
			.set(SleepSessionsCollection.OFFSET, offset.getId())
			.set(SleepSessionsCollection.DATE_OF_SLEEP, dateOfSleep.toString())
			.set(SleepSessionsCollection.MAIN_SLEEP, mainSleep)
			.set(SleepSessionsCollection.EFFICIENCY, 93)
			.set(SleepSessionsCollection.MINUTES_ASLEEP, asleep)
			.set(SleepSessionsCollection.MINUTES_AWAKE, stageMinutes.getOrDefault(WAKE, 0))
			.set(SleepSessionsCollection.STAGE_MINUTES, new Document(new TreeMap<String, Object>(stageMinutes)))
			.set(SleepSessionsCollection.STAGES, stages)
			.set(SleepSessionsCollection.CONTENT_HASH, "0f1e")
			.set(SleepSessionsCollection.SOURCE, Provenance.toDocument(source))
			.set(SleepSessionsCollection.UPDATED_AT, Date.from(source.receivedAt()));
		template.upsert(Query.query(Criteria.where(SleepSessionsCollection.ID).is(id)), update,
				SleepSessionsCollection.COLLECTION);
		return id;
	}

	private static Document stage(Instant start, int seconds, String level) {
		return new Document(SleepSessionsCollection.STAGE_START, Date.from(start))
			.append(SleepSessionsCollection.STAGE_SECONDS, seconds)
			.append(SleepSessionsCollection.STAGE_LEVEL, level);
	}

}
