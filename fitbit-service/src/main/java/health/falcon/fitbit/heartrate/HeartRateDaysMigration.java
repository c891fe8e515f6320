package health.falcon.fitbit.heartrate;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.heartrate.HeartRateSamplesCollection;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings {@code heart_rate_days} documents written before the samples moved up to date on
 * start-up: a day that still holds {@code samples} gets its {@code heart_rate_samples}
 * document (unless a later write created one already) and loses its own copy, and a day
 * without {@code sumBpm} or {@code hourCount} gets them. It walks the days in {@code _id}
 * order in batches of {@value #BATCH}, and each day's update is guarded by the version
 * read, so a concurrent merge (which writes both documents itself) wins. Running it again
 * finds nothing to do. A failure is logged and retried on the next start; it never stops
 * the service.
 */
@Component
class HeartRateDaysMigration implements SmartInitializingSingleton {

	static final int BATCH = 50;

	private static final Logger logger = LoggerFactory.getLogger(HeartRateDaysMigration.class);

	private final MongoCollection<Document> days;

	private final MongoCollection<Document> samples;

	HeartRateDaysMigration(MongoTemplate mongo) {
		this.days = mongo.getCollection(HeartRateDaysCollection.COLLECTION);
		this.samples = mongo.getCollection(HeartRateSamplesCollection.COLLECTION);
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			long migrated = migrate();
			if (migrated > 0) {
				logger.info("Moved the samples out of / summed {} heart-rate days", migrated);
			}
		}
		catch (MongoException ex) {
			logger.warn("Heart-rate days were not migrated; the next start tries again", ex);
		}
	}

	/**
	 * Migrate every outdated day.
	 * @return how many days were updated
	 */
	long migrate() {
		Bson outdated = Filters.or(Filters.exists(HeartRateDaysCollection.SAMPLES),
				Filters.exists(HeartRateDaysCollection.SUM_BPM, false),
				Filters.exists(HeartRateDaysCollection.HOUR_COUNT, false));
		long migrated = 0;
		String after = "";
		while (true) {
			int seen = 0;
			for (Document day : this.days.find(Filters.and(Filters.gt(HeartRateDaysCollection.ID, after), outdated))
				.sort(Sorts.ascending(HeartRateDaysCollection.ID))
				.limit(BATCH)) {
				after = day.getString(HeartRateDaysCollection.ID);
				seen++;
				migrated += migrate(day) ? 1 : 0;
			}
			if (seen < BATCH) {
				return migrated;
			}
		}
	}

	private boolean migrate(Document day) {
		String id = day.getString(HeartRateDaysCollection.ID);
		Document source = day;
		if (day.containsKey(HeartRateDaysCollection.SAMPLES)) {
			Document moved = new Document(HeartRateSamplesCollection.USER_ID,
					day.getString(HeartRateDaysCollection.USER_ID))
				.append(HeartRateSamplesCollection.LOCAL_DATE, day.getString(HeartRateDaysCollection.LOCAL_DATE))
				.append(HeartRateSamplesCollection.VERSION, day.get(HeartRateDaysCollection.VERSION, 0L))
				.append(HeartRateSamplesCollection.WRITE_TOKEN, day.getString(HeartRateDaysCollection.WRITE_TOKEN))
				.append(HeartRateSamplesCollection.SAMPLES, day.get(HeartRateDaysCollection.SAMPLES))
				.append(HeartRateSamplesCollection.OFFSET_RUNS, day.get(HeartRateDaysCollection.OFFSET_RUNS));
			// a samples document that exists already is newer than these samples
			this.samples.updateOne(Filters.eq(HeartRateSamplesCollection.ID, id), new Document("$setOnInsert", moved),
					new UpdateOptions().upsert(true));
		}
		else {
			Document stored = this.samples.find(Filters.eq(HeartRateSamplesCollection.ID, id)).first();
			source = (stored != null) ? stored : day;
		}
		DaySamples samples = HeartRateDayDocuments.samples(source);
		Document set = new Document(HeartRateDaysCollection.SUM_BPM, HeartRateDayDocuments.sum(samples.bpm()))
			.append(HeartRateDaysCollection.HOUR_COUNT, HeartRateDayDocuments.hours(samples.keys()));
		Document update = new Document("$set", set).append("$unset", new Document(HeartRateDaysCollection.SAMPLES, ""));
		Bson guard = Filters.and(Filters.eq(HeartRateDaysCollection.ID, id),
				Filters.eq(HeartRateDaysCollection.VERSION, day.get(HeartRateDaysCollection.VERSION)));
		return this.days.updateOne(guard, update).getModifiedCount() > 0;
	}

}
