package health.falcon.fitbit.heartrate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import health.falcon.documents.Provenance;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.heartrate.SampleKeys;
import health.falcon.model.Source;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The MongoDB {@link HeartRateStore}: groups samples by their local day, reads the
 * affected days in one query, merges, recomputes the rollups and writes all changed days
 * in one unordered bulk write guarded by each day's {@code version}. Days that lost a
 * race to a concurrent writer are re-read and merged again.
 */
@Repository
public class MongoHeartRateStore implements HeartRateStore {

	private static final Logger logger = LoggerFactory.getLogger(MongoHeartRateStore.class);

	private static final int MAX_ATTEMPTS = 10;

	private static final int DUPLICATE_KEY = 11000;

	private final MongoCollection<Document> days;

	private final Clock clock;

	/**
	 * Create the store.
	 * @param mongo the template whose database holds {@code heart_rate_days}
	 * @param clock the clock for {@code updatedAt}
	 */
	public MongoHeartRateStore(MongoTemplate mongo, Clock clock) {
		this.days = mongo.getCollection(HeartRateDaysCollection.COLLECTION);
		HeartRateDaysCollection.indexes().forEach(mongo.indexOps(HeartRateDaysCollection.COLLECTION)::createIndex);
		this.clock = clock;
	}

	@Override
	public int merge(String userId, Collection<HeartRateSample> samples, Source source) {
		Map<LocalDate, UnaryOperator<DaySamples>> changes = new TreeMap<>();
		DayGrouping.group(samples).forEach((day, incoming) -> changes.put(day, (stored) -> stored.mergeWith(incoming)));
		return write(userId, changes, source);
	}

	@Override
	public int remove(String userId, Instant from, Instant to, Source source) {
		if (!from.isBefore(to)) {
			return 0;
		}
		Map<LocalDate, UnaryOperator<DaySamples>> changes = new TreeMap<>();
		// every local day an instant of the range can fall on, whatever its offset
		LocalDate last = SampleKeys.localDay(to, ZoneOffset.MAX);
		for (LocalDate day = SampleKeys.localDay(from, ZoneOffset.MIN); !day.isAfter(last); day = day.plusDays(1)) {
			LocalDate local = day;
			changes.put(day, (stored) -> stored.without(local, from.getEpochSecond(), to.getEpochSecond()));
		}
		return write(userId, changes, source);
	}

	@Override
	public int clearRestingHeartRate(String userId, Collection<LocalDate> localDays) {
		if (localDays.isEmpty()) {
			return 0;
		}
		List<String> ids = localDays.stream().map((day) -> HeartRateDaysCollection.id(userId, day)).toList();
		Document unset = new Document(HeartRateDaysCollection.RESTING_BPM, "")
			.append(HeartRateDaysCollection.RESTING_SOURCE, "");
		return (int) this.days.updateMany(
				Filters.and(Filters.in(HeartRateDaysCollection.ID, ids),
						Filters.ne(HeartRateDaysCollection.RESTING_BPM, null)),
				new Document("$unset", unset).append("$inc", new Document(HeartRateDaysCollection.VERSION, 1L))
					.append("$set", new Document(HeartRateDaysCollection.UPDATED_AT, Date.from(this.clock.instant()))))
			.getModifiedCount();
	}

	private int write(String userId, Map<LocalDate, UnaryOperator<DaySamples>> changes, Source source) {
		Map<LocalDate, UnaryOperator<DaySamples>> pending = changes;
		int changed = 0;
		for (int attempt = 1; !pending.isEmpty(); attempt++) {
			if (attempt > MAX_ATTEMPTS) {
				throw new IllegalStateException("Heart-rate days kept changing concurrently: " + pending.keySet());
			}
			WriteOutcome outcome = writeOnce(userId, pending, source);
			changed += outcome.written();
			pending = outcome.conflicts();
			if (!pending.isEmpty()) {
				logger.debug("Retrying {} heart-rate days after a concurrent write", pending.size());
			}
		}
		return changed;
	}

	private WriteOutcome writeOnce(String userId, Map<LocalDate, UnaryOperator<DaySamples>> incoming, Source source) {
		Map<String, Document> stored = read(userId, incoming.keySet());
		String token = new ObjectId().toHexString();
		List<WriteModel<Document>> writes = new ArrayList<>();
		Map<String, LocalDate> written = new HashMap<>();
		for (Map.Entry<LocalDate, UnaryOperator<DaySamples>> day : incoming.entrySet()) {
			String id = HeartRateDaysCollection.id(userId, day.getKey());
			Document previous = stored.getOrDefault(id, new Document());
			DaySamples existing = HeartRateDayDocuments.samples(previous);
			DaySamples merged = day.getValue().apply(existing);
			// unchanged, or nothing to remove from a day without samples
			if (merged == existing && (previous.containsKey(HeartRateDaysCollection.SAMPLES) || merged.size() == 0)) {
				continue;
			}
			long version = previous.get(HeartRateDaysCollection.VERSION, 0L);
			Document document = HeartRateDayDocuments.toDocument(userId, day.getKey(), merged, previous, source,
					version + 1, token);
			document.put(HeartRateDaysCollection.UPDATED_AT, Date.from(this.clock.instant()));
			writes.add(previous.isEmpty() ? new InsertOneModel<>(document)
					: new ReplaceOneModel<>(Filters.and(Filters.eq(HeartRateDaysCollection.ID, id),
							Filters.eq(HeartRateDaysCollection.VERSION, version)), document));
			written.put(id, day.getKey());
		}
		if (writes.isEmpty()) {
			return new WriteOutcome(0, Map.of());
		}
		boolean complete = bulkWrite(writes);
		Map<LocalDate, UnaryOperator<DaySamples>> conflicts = new TreeMap<>();
		if (!complete) {
			for (Document check : this.days.find(Filters.in(HeartRateDaysCollection.ID, written.keySet()))
				.projection(new Document(HeartRateDaysCollection.WRITE_TOKEN, 1))) {
				if (token.equals(check.getString(HeartRateDaysCollection.WRITE_TOKEN))) {
					written.remove(check.getString(HeartRateDaysCollection.ID));
				}
			}
			written.values().forEach((day) -> conflicts.put(day, incoming.get(day)));
		}
		return new WriteOutcome(writes.size() - conflicts.size(), conflicts);
	}

	private boolean bulkWrite(List<WriteModel<Document>> writes) {
		try {
			BulkWriteResult result = this.days.bulkWrite(writes, new BulkWriteOptions().ordered(false));
			return result.getInsertedCount() + result.getMatchedCount() == writes.size();
		}
		catch (MongoBulkWriteException ex) {
			for (BulkWriteError error : ex.getWriteErrors()) {
				if (error.getCode() != DUPLICATE_KEY) {
					throw ex;
				}
			}
			return false;
		}
	}

	private Map<String, Document> read(String userId, Collection<LocalDate> localDays) {
		List<String> ids = localDays.stream().map((day) -> HeartRateDaysCollection.id(userId, day)).toList();
		Map<String, Document> stored = new HashMap<>();
		for (Document document : this.days.find(Filters.in(HeartRateDaysCollection.ID, ids))) {
			stored.put(document.getString(HeartRateDaysCollection.ID), document);
		}
		return stored;
	}

	@Override
	public void restingHeartRate(String userId, LocalDate day, @Nullable Integer restingBpm, Source source) {
		if (restingBpm == null) {
			// "not reported" leaves a stored value alone, as for daily activity
			return;
		}
		String id = HeartRateDaysCollection.id(userId, day);
		Document stored = this.days.find(Filters.eq(HeartRateDaysCollection.ID, id))
			.projection(new Document(HeartRateDaysCollection.RESTING_BPM, 1))
			.first();
		if (stored != null && restingBpm.equals(stored.getInteger(HeartRateDaysCollection.RESTING_BPM))) {
			return;
		}
		Document set = new Document(HeartRateDaysCollection.RESTING_BPM, restingBpm)
			.append(HeartRateDaysCollection.RESTING_SOURCE, Provenance.toDocument(source))
			.append(HeartRateDaysCollection.UPDATED_AT, Date.from(this.clock.instant()));
		Document onInsert = new Document(HeartRateDaysCollection.USER_ID, userId)
			.append(HeartRateDaysCollection.LOCAL_DATE, day.toString())
			.append(HeartRateDaysCollection.SAMPLE_COUNT, 0);
		this.days.updateOne(Filters.eq(HeartRateDaysCollection.ID, id),
				new Document("$set", set).append("$setOnInsert", onInsert)
					.append("$inc", new Document(HeartRateDaysCollection.VERSION, 1L)),
				new UpdateOptions().upsert(true));
	}

	@Override
	public long purge(String userId) {
		return this.days.deleteMany(Filters.eq(HeartRateDaysCollection.USER_ID, userId)).getDeletedCount();
	}

	private record WriteOutcome(int written, Map<LocalDate, UnaryOperator<DaySamples>> conflicts) {

	}

}
