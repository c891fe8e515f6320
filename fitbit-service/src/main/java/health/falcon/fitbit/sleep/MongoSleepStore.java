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

import health.falcon.model.Source;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
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

	static final String COLLECTION = "sleep_sessions";

	private final MongoTemplate mongo;

	private final Clock clock;

	MongoSleepStore(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
		this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("userId", Sort.Direction.ASC)
				.on("startMinute", Sort.Direction.ASC)
				.unique()
				.named("natural_key"));
		this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("userId", Sort.Direction.ASC)
				.on("dateOfSleep", Sort.Direction.DESC)
				.named("user_date"));
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
		BulkOperations bulk = this.mongo.bulkOps(BulkMode.UNORDERED, COLLECTION);
		int written = 0;
		for (Map.Entry<String, SleepSession> entry : byId.entrySet()) {
			Document content = content(userId, entry.getValue());
			String fingerprint = fingerprint(content);
			if (fingerprint.equals(stored.get(entry.getKey()))) {
				continue;
			}
			Update update = new Update();
			content.forEach(update::set);
			update.set("contentHash", fingerprint)
				.set("source", source(source))
				.set("updatedAt", Date.from(this.clock.instant()));
			bulk.upsert(Query.query(Criteria.where("_id").is(entry.getKey())), update);
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
		Criteria ended = Criteria.where("userId")
			.is(userId)
			.and("end")
			.gte(Date.from(from))
			.lt(Date.from(to))
			.and("startMinute")
			.nin(kept);
		return this.mongo.remove(Query.query(ended), COLLECTION).getDeletedCount();
	}

	@Override
	public long purge(String userId) {
		return this.mongo.remove(Query.query(Criteria.where("userId").is(userId)), COLLECTION).getDeletedCount();
	}

	static String id(String userId, Instant start) {
		return userId + ":" + start.truncatedTo(ChronoUnit.MINUTES).getEpochSecond() / 60;
	}

	private Map<String, String> fingerprints(Collection<String> ids) {
		Query query = Query.query(Criteria.where("_id").in(ids));
		query.fields().include("contentHash");
		Map<String, String> fingerprints = new HashMap<>();
		for (Document document : this.mongo.find(query, Document.class, COLLECTION)) {
			fingerprints.put(document.getString("_id"), document.getString("contentHash"));
		}
		return fingerprints;
	}

	private static Document content(String userId, SleepSession session) {
		List<Document> stages = new ArrayList<>(session.stages().size());
		for (SleepSession.Stage stage : session.stages()) {
			stages.add(new Document("start", Date.from(stage.start())).append("seconds", stage.seconds())
				.append("level", stage.level()));
		}
		return new Document("userId", userId)
			.append("startMinute", Date.from(session.start().truncatedTo(ChronoUnit.MINUTES)))
			.append("start", Date.from(session.start()))
			.append("end", Date.from(session.end()))
			.append("offset", session.offset().getId())
			.append("dateOfSleep", session.dateOfSleep().toString())
			.append("mainSleep", session.mainSleep())
			.append("efficiency", session.efficiency())
			.append("minutesAsleep", session.minutesAsleep())
			.append("minutesAwake", session.minutesAwake())
			.append("stageMinutes", new Document(new TreeMap<String, Object>(session.stageMinutes())))
			.append("stages", stages);
	}

	private static Document source(Source source) {
		return new Document("provider", source.provider()).append("sourceId", source.sourceId())
			.append("ingestRunId", source.ingestRunId())
			.append("receivedAt", Date.from(source.receivedAt()));
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
