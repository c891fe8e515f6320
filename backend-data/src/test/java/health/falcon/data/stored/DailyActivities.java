package health.falcon.data.stored;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import health.falcon.documents.Provenance;
import health.falcon.documents.daily.DailyActivityCollection;
import health.falcon.model.Source;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes {@code daily_activity} exactly as fitbit-service's
 * {@code MongoDailyActivityStore.merge} does: a {@code $set} of the reported metrics, the
 * provenance and {@code updatedAt}, upserted by {@code <userId>:<date>}.
 */
public final class DailyActivities {

	/** The provenance of a Google Health API sync of the daily documents. */
	public static final Source GOOGLE_HEALTH = new Source("fitbit", "google-health:daily", "run-1",
			Instant.parse("2026-03-01T00:00:00Z"));

	static final Date UPDATED_AT = Date.from(Instant.parse("2026-11-01T00:00:00Z"));

	private DailyActivities() {
	}

	/**
	 * Store a day's steps and energy spent from a Google Health API sync.
	 */
	public static void write(MongoTemplate template, String userId, LocalDate day, @Nullable Long steps,
			@Nullable Double totalKcal) {
		write(template, userId, day, steps, null, null, totalKcal, GOOGLE_HEALTH);
	}

	/**
	 * Store the metrics a day's report has; a {@code null} metric is not reported.
	 */
	public static void write(MongoTemplate template, String userId, LocalDate day, @Nullable Long steps,
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

	private static void setIfPresent(Update update, String name, @Nullable Object value) {
		if (value != null) {
			update.set(name, value);
		}
	}

}
