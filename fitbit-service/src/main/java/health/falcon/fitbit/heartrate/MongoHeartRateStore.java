package health.falcon.fitbit.heartrate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import health.falcon.documents.heartrate.HeartRateSamplesCollection;
import health.falcon.documents.heartrate.SampleKeys;
import health.falcon.model.Source;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The MongoDB {@link HeartRateStore}: groups samples by their local day, reads the
 * affected days and their samples (one query each), merges, recomputes the rollups and
 * writes all changed days in two unordered bulk writes, each guarded by the version read:
 * first the samples ({@code heart_rate_samples}), then the days ({@code heart_rate_days})
 * whose samples were written. Both carry the write's token. Days that lost a race to a
 * concurrent writer are re-read and merged again. A crash between the two writes leaves
 * the samples complete and a day whose token differs from theirs: the next merge or
 * removal of that day merges into those samples (nothing is lost) and rewrites the day
 * even when its samples do not change.
 */
@Repository
public class MongoHeartRateStore implements HeartRateStore {

	private static final Logger logger = LoggerFactory.getLogger(MongoHeartRateStore.class);

	private static final int MAX_ATTEMPTS = 10;

	private static final int DUPLICATE_KEY = 11000;

	private final MongoCollection<Document> days;

	private final MongoCollection<Document> samples;

	private final Clock clock;

	/**
	 * Create the store.
	 * @param mongo the template whose database holds {@code heart_rate_days}
	 * @param clock the clock for {@code updatedAt}
	 */
	public MongoHeartRateStore(MongoTemplate mongo, Clock clock) {
		this.days = mongo.getCollection(HeartRateDaysCollection.COLLECTION);
		this.samples = mongo.getCollection(HeartRateSamplesCollection.COLLECTION);
		HeartRateDaysCollection.indexes().forEach(mongo.indexOps(HeartRateDaysCollection.COLLECTION)::createIndex);
		HeartRateSamplesCollection.indexes()
			.forEach(mongo.indexOps(HeartRateSamplesCollection.COLLECTION)::createIndex);
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
		// a day whose samples went in counts once, even if another writer wrote its day
		Set<LocalDate> changed = new HashSet<>();
		for (int attempt = 1; !pending.isEmpty(); attempt++) {
			if (attempt > MAX_ATTEMPTS) {
				throw new IllegalStateException("Heart-rate days kept changing concurrently: " + pending.keySet());
			}
			WriteOutcome outcome = writeOnce(userId, pending, source);
			changed.addAll(outcome.written());
			pending = outcome.conflicts();
			if (!pending.isEmpty()) {
				logger.debug("Retrying {} heart-rate days after a concurrent write", pending.size());
			}
		}
		return changed.size();
	}

	private WriteOutcome writeOnce(String userId, Map<LocalDate, UnaryOperator<DaySamples>> incoming, Source source) {
		Map<String, Document> stored = read(this.days, userId, incoming.keySet());
		Map<String, Document> storedSamples = read(this.samples, userId, incoming.keySet());
		String token = new ObjectId().toHexString();
		List<WriteModel<Document>> sampleWrites = new ArrayList<>();
		Map<String, WriteModel<Document>> dayWrites = new HashMap<>();
		Map<String, LocalDate> written = new HashMap<>();
		for (Map.Entry<LocalDate, UnaryOperator<DaySamples>> day : incoming.entrySet()) {
			String id = HeartRateDaysCollection.id(userId, day.getKey());
			Document previous = stored.getOrDefault(id, new Document());
			Document previousSamples = storedSamples.get(id);
			// a day written before the samples moved still holds them itself
			DaySamples existing = HeartRateDayDocuments.samples((previousSamples != null) ? previousSamples : previous);
			DaySamples merged = day.getValue().apply(existing);
			if (merged == existing && current(previous, previousSamples, merged)) {
				continue;
			}
			long dayVersion = previous.get(HeartRateDaysCollection.VERSION, 0L);
			long samplesVersion = (previousSamples != null)
					? previousSamples.get(HeartRateSamplesCollection.VERSION, 0L) : 0L;
			long version = Math.max(dayVersion, samplesVersion) + 1;
			Document samplesDocument = HeartRateDayDocuments.toSamplesDocument(userId, day.getKey(), merged, version,
					token);
			sampleWrites.add((previousSamples == null) ? new InsertOneModel<>(samplesDocument)
					: new ReplaceOneModel<>(guard(id, samplesVersion), samplesDocument));
			Document document = HeartRateDayDocuments.toDocument(userId, day.getKey(), merged, previous, source,
					version, token);
			document.put(HeartRateDaysCollection.UPDATED_AT, Date.from(this.clock.instant()));
			dayWrites.put(id, previous.isEmpty() ? new InsertOneModel<>(document)
					: new ReplaceOneModel<>(guard(id, dayVersion), document));
			written.put(id, day.getKey());
		}
		if (written.isEmpty()) {
			return new WriteOutcome(Set.of(), Map.of());
		}
		// samples first: a crash before the day is written leaves a day whose token
		// differs
		Set<String> samplesWritten = apply(this.samples, sampleWrites, written.keySet(), token);
		List<WriteModel<Document>> days = new ArrayList<>();
		samplesWritten.forEach((id) -> days.add(dayWrites.get(id)));
		Set<String> applied = apply(this.days, days, samplesWritten, token);
		Map<LocalDate, UnaryOperator<DaySamples>> conflicts = new TreeMap<>();
		Set<LocalDate> changed = new HashSet<>();
		written.forEach((id, day) -> {
			if (samplesWritten.contains(id)) {
				changed.add(day);
			}
			if (!applied.contains(id)) {
				conflicts.put(day, incoming.get(day));
			}
		});
		return new WriteOutcome(changed, conflicts);
	}

	/**
	 * Whether a day document was computed from the stored samples: written by the same
	 * write as the samples document (or, without one, holding no samples at all), no
	 * samples of its own left and its summary complete.
	 */
	private static boolean current(Document day, @Nullable Document samples, DaySamples merged) {
		if (day.containsKey(HeartRateDaysCollection.SAMPLES)) {
			return false;
		}
		if (samples == null) {
			return merged.size() == 0;
		}
		return !day.isEmpty() && day.containsKey(HeartRateDaysCollection.SUM_BPM)
				&& day.containsKey(HeartRateDaysCollection.HOUR_COUNT)
				&& Objects.equals(day.getString(HeartRateDaysCollection.WRITE_TOKEN),
						samples.getString(HeartRateSamplesCollection.WRITE_TOKEN));
	}

	private static Bson guard(String id, long version) {
		return Filters.and(Filters.eq(HeartRateDaysCollection.ID, id),
				Filters.eq(HeartRateDaysCollection.VERSION, version));
	}

	/**
	 * Run the writes unordered and return the ids that now carry {@code token}; the
	 * others lost a race to a concurrent writer.
	 */
	private static Set<String> apply(MongoCollection<Document> collection, List<WriteModel<Document>> writes,
			Set<String> ids, String token) {
		Set<String> applied = new HashSet<>();
		if (writes.isEmpty()) {
			return applied;
		}
		if (bulkWrite(collection, writes)) {
			applied.addAll(ids);
			return applied;
		}
		for (Document check : collection.find(Filters.in(HeartRateDaysCollection.ID, ids))
			.projection(new Document(HeartRateDaysCollection.WRITE_TOKEN, 1))) {
			if (token.equals(check.getString(HeartRateDaysCollection.WRITE_TOKEN))) {
				applied.add(check.getString(HeartRateDaysCollection.ID));
			}
		}
		return applied;
	}

	private static boolean bulkWrite(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
		try {
			BulkWriteResult result = collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
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

	private static Map<String, Document> read(MongoCollection<Document> collection, String userId,
			Collection<LocalDate> localDays) {
		List<String> ids = localDays.stream().map((day) -> HeartRateDaysCollection.id(userId, day)).toList();
		Map<String, Document> stored = new HashMap<>();
		for (Document document : collection.find(Filters.in(HeartRateDaysCollection.ID, ids))) {
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
			.append(HeartRateDaysCollection.SAMPLE_COUNT, 0)
			.append(HeartRateDaysCollection.SUM_BPM, 0L)
			.append(HeartRateDaysCollection.HOUR_COUNT, 0);
		this.days.updateOne(Filters.eq(HeartRateDaysCollection.ID, id),
				new Document("$set", set).append("$setOnInsert", onInsert)
					.append("$inc", new Document(HeartRateDaysCollection.VERSION, 1L)),
				new UpdateOptions().upsert(true));
	}

	@Override
	public long purge(String userId) {
		this.samples.deleteMany(Filters.eq(HeartRateSamplesCollection.USER_ID, userId));
		return this.days.deleteMany(Filters.eq(HeartRateDaysCollection.USER_ID, userId)).getDeletedCount();
	}

	private record WriteOutcome(Set<LocalDate> written, Map<LocalDate, UnaryOperator<DaySamples>> conflicts) {

	}

}
