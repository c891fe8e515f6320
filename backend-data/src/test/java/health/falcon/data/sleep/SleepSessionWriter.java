package health.falcon.data.sleep;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
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
 * Writes sleep sessions with the shared names exactly as fitbit-service's
 * {@code MongoSleepStore.upsert} does (which lives in that service and is not on this
 * module's class path): a {@code $set} of the content, the fingerprint, the provenance
 * and {@code updatedAt}, upserted by {@code <userId>:<start epoch minute>}. The session
 * is asleep for its first two thirds (light, then deep) and awake for the rest.
 */
public final class SleepSessionWriter {

	/** The provenance of a Google Health API sync. */
	public static final Source GOOGLE_HEALTH = new Source("fitbit", "google-health:sleep", "run-1",
			Instant.parse("2026-11-01T06:00:00Z"));

	private SleepSessionWriter() {
	}

	/**
	 * Store a session.
	 * @return its id
	 */
	public static String write(MongoTemplate template, String userId, Instant start, int minutes, ZoneOffset offset,
			LocalDate dateOfSleep, Source source) {
		Instant end = start.plus(minutes, ChronoUnit.MINUTES);
		int light = minutes / 3;
		int deep = minutes / 3;
		int wake = minutes - light - deep;
		TreeMap<String, Object> stageMinutes = new TreeMap<>();
		stageMinutes.put("deep", deep);
		stageMinutes.put("light", light);
		stageMinutes.put("wake", wake);
		List<Document> stages = List.of(stage(start, light * 60, "light"),
				stage(start.plus(light, ChronoUnit.MINUTES), deep * 60, "deep"),
				stage(start.plus(light + deep, ChronoUnit.MINUTES), wake * 60, "wake"));
		String id = SleepSessionsCollection.id(userId, start);
		Update update = new Update().set(SleepSessionsCollection.USER_ID, userId)
			.set(SleepSessionsCollection.START_MINUTE, Date.from(start.truncatedTo(ChronoUnit.MINUTES)))
			.set(SleepSessionsCollection.START, Date.from(start))
			.set(SleepSessionsCollection.END, Date.from(end))
			.set(SleepSessionsCollection.OFFSET, offset.getId())
			.set(SleepSessionsCollection.DATE_OF_SLEEP, dateOfSleep.toString())
			.set(SleepSessionsCollection.MAIN_SLEEP, true)
			.set(SleepSessionsCollection.EFFICIENCY, 93)
			.set(SleepSessionsCollection.MINUTES_ASLEEP, light + deep)
			.set(SleepSessionsCollection.MINUTES_AWAKE, wake)
			.set(SleepSessionsCollection.STAGE_MINUTES, new Document(stageMinutes))
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
