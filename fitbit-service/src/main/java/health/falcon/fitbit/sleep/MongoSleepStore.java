package health.falcon.fitbit.sleep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import health.falcon.documents.Provenance;
import health.falcon.documents.sleep.SleepSessionsCollection;
import health.falcon.model.Source;
import org.bson.Document;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * {@code sleep_sessions} in MongoDB: {@code _id = <userId>:<start epoch minute>}, guarded
 * by the unique index {@code natural_key} on {@code userId, startMinute}, so the same
 * night from the API and from an export is one document. Sessions are written in one
 * unordered bulk upsert; a session whose content did not change (content fingerprint) is
 * not written, so storing the same sessions twice changes nothing.
 */
@Component
class MongoSleepStore implements SleepStore {

	private final MongoTemplate mongo;

	private final Clock clock;

	MongoSleepStore(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
		SleepSessionsCollection.indexes().forEach(this.mongo.indexOps(SleepSessionsCollection.COLLECTION)::createIndex);
	}

	@Override
	public int upsert(String userId, Collection<SleepSession> sessions, Source source) {
		Map<String, SleepSession> byId = new HashMap<>();
		for (SleepSession session : sessions) {
			byId.put(id(userId, session.start()), session);
		}
		if (byId.isEmpty()) {
			return 0;
		}
		Map<String, String> stored = fingerprints(byId.keySet());
		BulkOperations bulk = this.mongo.bulkOps(BulkMode.UNORDERED, SleepSessionsCollection.COLLECTION);
		int written = 0;
		for (Map.Entry<String, SleepSession> entry : byId.entrySet()) {
			Document content = content(userId, entry.getValue());
			String fingerprint = fingerprint(content);
			if (fingerprint.equals(stored.get(entry.getKey()))) {
				continue;
			}
			Update update = new Update();
			content.forEach(update::set);
			update.set(SleepSessionsCollection.CONTENT_HASH, fingerprint)
				.set(SleepSessionsCollection.SOURCE, Provenance.toDocument(source))
				.set(SleepSessionsCollection.UPDATED_AT, Date.from(this.clock.instant()));
			bulk.upsert(Query.query(Criteria.where(SleepSessionsCollection.ID).is(entry.getKey())), update);
			written++;
		}
		if (written > 0) {
			bulk.execute();
		}
		return written;
	}

	@Override
	public long removeEndedBetween(String userId, Instant from, Instant to, Collection<Instant> keepStarts) {
		List<Date> kept = keepStarts.stream().map((start) -> Date.from(start.truncatedTo(ChronoUnit.MINUTES))).toList();
		Criteria ended = Criteria.where(SleepSessionsCollection.USER_ID)
			.is(userId)
			.and(SleepSessionsCollection.END)
			.gte(Date.from(from))
			.lt(Date.from(to))
			.and(SleepSessionsCollection.START_MINUTE)
			.nin(kept);
		return this.mongo.remove(Query.query(ended), SleepSessionsCollection.COLLECTION).getDeletedCount();
	}

	@Override
	public long purge(String userId) {
		return this.mongo
			.remove(Query.query(Criteria.where(SleepSessionsCollection.USER_ID).is(userId)),
					SleepSessionsCollection.COLLECTION)
			.getDeletedCount();
	}

	static String id(String userId, Instant start) {
		return SleepSessionsCollection.id(userId, start);
	}

	private Map<String, String> fingerprints(Collection<String> ids) {
		Query query = Query.query(Criteria.where(SleepSessionsCollection.ID).in(ids));
		query.fields().include(SleepSessionsCollection.CONTENT_HASH);
		Map<String, String> fingerprints = new HashMap<>();
		for (Document document : this.mongo.find(query, Document.class, SleepSessionsCollection.COLLECTION)) {
			fingerprints.put(document.getString(SleepSessionsCollection.ID),
					document.getString(SleepSessionsCollection.CONTENT_HASH));
		}
		return fingerprints;
	}

	private static Document content(String userId, SleepSession session) {
		List<Document> stages = new ArrayList<>(session.stages().size());
		for (SleepSession.Stage stage : session.stages()) {
			stages.add(new Document(SleepSessionsCollection.STAGE_START, Date.from(stage.start()))
				.append(SleepSessionsCollection.STAGE_SECONDS, stage.seconds())
				.append(SleepSessionsCollection.STAGE_LEVEL, stage.level()));
		}
		return new Document(SleepSessionsCollection.USER_ID, userId)
			.append(SleepSessionsCollection.START_MINUTE, Date.from(session.start().truncatedTo(ChronoUnit.MINUTES)))
			.append(SleepSessionsCollection.START, Date.from(session.start()))
			.append(SleepSessionsCollection.END, Date.from(session.end()))
			.append(SleepSessionsCollection.OFFSET, session.offset().getId())
			.append(SleepSessionsCollection.DATE_OF_SLEEP, session.dateOfSleep().toString())
			.append(SleepSessionsCollection.MAIN_SLEEP, session.mainSleep())
			.append(SleepSessionsCollection.EFFICIENCY, session.efficiency())
			.append(SleepSessionsCollection.MINUTES_ASLEEP, session.minutesAsleep())
			.append(SleepSessionsCollection.MINUTES_AWAKE, session.minutesAwake())
			.append(SleepSessionsCollection.STAGE_MINUTES,
					new Document(new TreeMap<String, Object>(session.stageMinutes())))
			.append(SleepSessionsCollection.STAGES, stages);
	}

	private static String fingerprint(Document content) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(content.toJson().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
