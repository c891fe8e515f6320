package health.falcon.data.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import com.mongodb.client.model.UpdateOptions;
import health.falcon.documents.Provenance;
import health.falcon.documents.daily.DailyActivityCollection;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.model.Source;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes daily documents with the shared names exactly as fitbit-service does:
 * {@code MongoDailyActivityStore.merge} ({@code $set} of the reported metrics, the
 * provenance and {@code updatedAt}, upserted by {@code <userId>:<date>}) and
 * {@code MongoHeartRateStore.restingHeartRate}.
 */
final class DailyDocumentWriter {

	private static final Date UPDATED_AT = Date.from(Instant.parse("2026-11-01T00:00:00Z"));

	private DailyDocumentWriter() {
	}

	static void activity(MongoTemplate template, String userId, LocalDate day, @Nullable Long steps,
			@Nullable Double distanceMeters, @Nullable Double activeKcal, @Nullable Double totalKcal, Source source) {
		Update update = new Update().set(DailyActivityCollection.USER_ID, userId)
			.set(DailyActivityCollection.LOCAL_DATE, day.toString());
		setIfPresent(update, DailyActivityCollection.STEPS, steps);
		setIfPresent(update, DailyActivityCollection.DISTANCE_METERS, distanceMeters);
		setIfPresent(update, DailyActivityCollection.ACTIVE_KCAL, activeKcal);
		setIfPresent(update, DailyActivityCollection.TOTAL_KCAL, totalKcal);
		update.set(DailyActivityCollection.SOURCE, Provenance.toDocument(source))
			.set(DailyActivityCollection.UPDATED_AT, UPDATED_AT);
		template.upsert(
				Query.query(Criteria.where(DailyActivityCollection.ID).is(DailyActivityCollection.id(userId, day))),
				update, DailyActivityCollection.COLLECTION);
	}

	static void resting(MongoTemplate template, String userId, LocalDate day, int restingBpm, Source source) {
		Document set = new Document(HeartRateDaysCollection.RESTING_BPM, restingBpm)
			.append(HeartRateDaysCollection.RESTING_SOURCE, Provenance.toDocument(source))
			.append(HeartRateDaysCollection.UPDATED_AT, UPDATED_AT);
		Document onInsert = new Document(HeartRateDaysCollection.USER_ID, userId)
			.append(HeartRateDaysCollection.LOCAL_DATE, day.toString())
			.append(HeartRateDaysCollection.SAMPLE_COUNT, 0);
		template.getCollection(HeartRateDaysCollection.COLLECTION)
			.updateOne(new Document(HeartRateDaysCollection.ID, HeartRateDaysCollection.id(userId, day)),
					new Document("$set", set).append("$setOnInsert", onInsert)
						.append("$inc", new Document(HeartRateDaysCollection.VERSION, 1L)),
					new UpdateOptions().upsert(true));
	}

	private static void setIfPresent(Update update, String name, @Nullable Object value) {
		if (value != null) {
			update.set(name, value);
		}
	}

}
