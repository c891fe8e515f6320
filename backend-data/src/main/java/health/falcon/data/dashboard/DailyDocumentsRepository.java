package health.falcon.data.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import health.falcon.data.precedence.NutritionChannel;
import health.falcon.data.precedence.PrecedenceProperties;
import health.falcon.data.stored.Sources;
import health.falcon.data.stored.StoredValues;
import health.falcon.documents.Provenance;
import health.falcon.documents.daily.DailyActivityCollection;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.nutrition.NutritionDaysCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads the per-day documents ({@code heart_rate_days}, {@code daily_activity},
 * {@code nutrition_days}) of a range of local dates, one query per collection on an
 * indexed key with a projection: {@code heart_rate_days} and {@code nutrition_days} have
 * no index but {@code _id} ({@code <userId>:<date>}, {@code <userId>/<date>}), so they
 * are read by an {@code _id} range; {@code daily_activity} by its natural key. Heart-rate
 * samples and rollups are never read.
 */
@Repository
class DailyDocumentsRepository {

	private static final String KCAL = "kcal";

	private final MongoTemplate template;

	private final List<NutritionChannel> precedence;

	DailyDocumentsRepository(MongoTemplate template, PrecedenceProperties precedence) {
		this.template = template;
		this.precedence = precedence.nutrition();
	}

	/**
	 * The resting heart rate of each day in a range, and the latest day in it with
	 * samples.
	 */
	HeartRateDays heartRateDays(String userId, LocalDate first, LocalDate last) {
		Query query = Query
			.query(Criteria.where(HeartRateDaysCollection.ID)
				.gte(HeartRateDaysCollection.id(userId, first))
				.lte(HeartRateDaysCollection.id(userId, last))
				.and(HeartRateDaysCollection.USER_ID)
				.is(userId))
			.with(Sort.by(HeartRateDaysCollection.ID));
		query.fields()
			.include(HeartRateDaysCollection.LOCAL_DATE, HeartRateDaysCollection.RESTING_BPM,
					HeartRateDaysCollection.RESTING_SOURCE, HeartRateDaysCollection.SAMPLE_COUNT);
		List<DayValue> resting = new ArrayList<>();
		LocalDate lastSamples = null;
		for (Document day : this.template.find(query, Document.class, HeartRateDaysCollection.COLLECTION)) {
			LocalDate date = LocalDate.parse(day.getString(HeartRateDaysCollection.LOCAL_DATE));
			Double bpm = StoredValues.decimal(day.get(HeartRateDaysCollection.RESTING_BPM));
			if (bpm != null) {
				resting.add(new DayValue(date, bpm,
						Sources.name(day.get(HeartRateDaysCollection.RESTING_SOURCE, Document.class))));
			}
			if (hasSamples(day)) {
				lastSamples = date;
			}
		}
		return new HeartRateDays(resting, lastSamples);
	}

	/**
	 * The steps and the energy spent of each day in a range, and the latest day in it.
	 */
	ActivityDays activityDays(String userId, LocalDate first, LocalDate last) {
		Query query = Query
			.query(Criteria.where(DailyActivityCollection.USER_ID)
				.is(userId)
				.and(DailyActivityCollection.LOCAL_DATE)
				.gte(first.toString())
				.lte(last.toString()))
			.with(Sort.by(DailyActivityCollection.LOCAL_DATE));
		query.fields()
			.include(DailyActivityCollection.LOCAL_DATE, DailyActivityCollection.STEPS,
					DailyActivityCollection.TOTAL_KCAL, DailyActivityCollection.SOURCE + "." + Provenance.PROVIDER,
					DailyActivityCollection.SOURCE + "." + Provenance.SOURCE_ID);
		List<DayValue> steps = new ArrayList<>();
		List<DayValue> totalKcal = new ArrayList<>();
		LocalDate latest = null;
		for (Document day : this.template.find(query, Document.class, DailyActivityCollection.COLLECTION)) {
			latest = LocalDate.parse(day.getString(DailyActivityCollection.LOCAL_DATE));
			String source = Sources.name(day.get(DailyActivityCollection.SOURCE, Document.class));
			add(steps, latest, day.get(DailyActivityCollection.STEPS), source);
			add(totalKcal, latest, day.get(DailyActivityCollection.TOTAL_KCAL), source);
		}
		return new ActivityDays(steps, totalKcal, latest);
	}

	/**
	 * The energy eaten on each day in a range: the total of the first channel of
	 * {@link PrecedenceProperties#nutrition()} that has one; and the latest day in the
	 * range.
	 */
	NutritionDays nutritionDays(String userId, LocalDate first, LocalDate last) {
		Query query = Query
			.query(Criteria.where(NutritionDaysCollection.ID)
				.gte(NutritionDaysCollection.id(userId, first))
				.lte(NutritionDaysCollection.id(userId, last))
				.and(NutritionDaysCollection.USER_ID)
				.is(userId))
			.with(Sort.by(NutritionDaysCollection.ID));
		query.fields().include(NutritionDaysCollection.DATE);
		for (NutritionChannel channel : this.precedence) {
			query.fields().include(channel.total(KCAL), channel.source() + "." + Provenance.PROVIDER);
		}
		List<DayValue> kcal = new ArrayList<>();
		LocalDate latest = null;
		for (Document day : this.template.find(query, Document.class, NutritionDaysCollection.COLLECTION)) {
			latest = LocalDate.parse(day.getString(NutritionDaysCollection.DATE));
			DayValue eaten = eaten(day, latest);
			if (eaten != null) {
				kcal.add(eaten);
			}
		}
		return new NutritionDays(kcal, latest);
	}

	private @Nullable DayValue eaten(Document day, LocalDate date) {
		for (NutritionChannel channel : this.precedence) {
			Double total = StoredValues.decimal(StoredValues.nested(day, channel.total(KCAL)));
			if (total != null) {
				return new DayValue(date, total, channel(day, channel.source(), channel.key()));
			}
		}
		return null;
	}

	private static boolean hasSamples(Document day) {
		Double count = StoredValues.decimal(day.get(HeartRateDaysCollection.SAMPLE_COUNT));
		return count != null && count > 0;
	}

	private static void add(List<DayValue> values, LocalDate day, @Nullable Object value, @Nullable String source) {
		Double number = StoredValues.decimal(value);
		if (number != null) {
			values.add(new DayValue(day, number, source));
		}
	}

	private static @Nullable String channel(Document day, String path, String channel) {
		Object provider = StoredValues.nested(day, path + "." + Provenance.PROVIDER);
		return (provider != null) ? provider + "/" + channel : null;
	}

	/**
	 * @param resting the resting heart rate of the days that have one
	 * @param lastSamples the latest day with samples, {@code null} without any
	 */
	record HeartRateDays(List<DayValue> resting, @Nullable LocalDate lastSamples) {

	}

	/**
	 * @param steps the days with steps
	 * @param totalKcal the days with energy spent
	 * @param last the latest day, {@code null} without any
	 */
	record ActivityDays(List<DayValue> steps, List<DayValue> totalKcal, @Nullable LocalDate last) {

	}

	/**
	 * @param kcal the days with energy eaten
	 * @param last the latest day, {@code null} without any
	 */
	record NutritionDays(List<DayValue> kcal, @Nullable LocalDate last) {

	}

}
