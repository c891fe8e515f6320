package health.falcon.fitbit.heartrate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.heartrate.HeartRateSamplesCollection;
import health.falcon.documents.heartrate.MinuteRollups;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads {@code heart_rate_days} and {@code heart_rate_samples} for read models:
 * per-minute rollups for a range of local days, and the decoded samples of one day. Every
 * query is scoped to one user.
 */
@Component
public class HeartRateDays {

	private final MongoCollection<Document> days;

	private final MongoCollection<Document> samples;

	/**
	 * Create the reader.
	 * @param mongo the template whose database holds {@code heart_rate_days}
	 */
	public HeartRateDays(MongoTemplate mongo) {
		this.days = mongo.getCollection(HeartRateDaysCollection.COLLECTION);
		this.samples = mongo.getCollection(HeartRateSamplesCollection.COLLECTION);
	}

	/**
	 * Read the rollups of the user's stored days in a range.
	 * @param userId the owner
	 * @param from the first local day, inclusive
	 * @param to the last local day, inclusive
	 * @return the stored days in order; days without data are absent
	 */
	public List<Day> read(String userId, LocalDate from, LocalDate to) {
		List<Day> result = new ArrayList<>();
		for (Document document : this.days
			.find(Filters.and(Filters.eq(HeartRateDaysCollection.USER_ID, userId),
					Filters.gte(HeartRateDaysCollection.ID, HeartRateDaysCollection.id(userId, from)),
					Filters.lte(HeartRateDaysCollection.ID, HeartRateDaysCollection.id(userId, to))))
			.projection(Projections.exclude(HeartRateDaysCollection.SAMPLES))
			.sort(Sorts.ascending(HeartRateDaysCollection.ID))) {
			result.add(day(document));
		}
		return result;
	}

	/**
	 * Decode the samples of one local day.
	 * @param userId the owner
	 * @return the samples in time order, empty when the day is not stored
	 */
	public List<HeartRateSample> samples(String userId, LocalDate day) {
		Bson filter = Filters.and(Filters.eq(HeartRateDaysCollection.ID, HeartRateDaysCollection.id(userId, day)),
				Filters.eq(HeartRateDaysCollection.USER_ID, userId));
		Document document = this.samples.find(filter).first();
		if (document == null) {
			// a day written before the samples moved
			document = this.days.find(filter).first();
		}
		if (document == null) {
			return List.of();
		}
		DaySamples samples = HeartRateDayDocuments.samples(document);
		List<HeartRateSample> result = new ArrayList<>(samples.size());
		for (int i = 0; i < samples.size(); i++) {
			result.add(new HeartRateSample(HeartRateDayDocuments.instant(day, samples.keys()[i]),
					HeartRateDayDocuments.offset(samples.offsets()[i]), samples.bpm()[i]));
		}
		return result;
	}

	private static Day day(Document document) {
		LocalDate day = LocalDate.parse(document.getString(HeartRateDaysCollection.LOCAL_DATE));
		Binary packed = document.get(HeartRateDaysCollection.ROLLUPS, Binary.class);
		MinuteRollups rollups = MinuteRollups.decode((packed != null) ? packed.getData() : null);
		List<Document> runs = document.getList(HeartRateDaysCollection.OFFSET_RUNS, Document.class, List.of());
		List<Minute> minutes = new ArrayList<>(rollups.size());
		int run = 0;
		for (int i = 0; i < rollups.size(); i++) {
			int key = rollups.minutes()[i] * 60;
			while (run + 1 < runs.size() && HeartRateDayDocuments.from(runs.get(run + 1)) <= key + 59) {
				run++;
			}
			int offset = runs.isEmpty() ? 0 : HeartRateDayDocuments.offsetSeconds(runs.get(run));
			minutes.add(new Minute(HeartRateDayDocuments.instant(day, key), HeartRateDayDocuments.offset(offset),
					rollups.min()[i], (double) rollups.sum()[i] / rollups.count()[i], rollups.max()[i],
					rollups.count()[i]));
		}
		return new Day(day, document.getList(HeartRateDaysCollection.OFFSETS, String.class, List.of()),
				document.getBoolean(HeartRateDaysCollection.ZONE_CHANGED, false),
				document.getInteger(HeartRateDaysCollection.RESTING_BPM),
				document.getInteger(HeartRateDaysCollection.SAMPLE_COUNT, 0), minutes);
	}

	/**
	 * One stored local day.
	 *
	 * @param offsets the UTC offsets its samples were taken at, in order
	 * @param zoneChanged whether more than one offset occurs (daylight saving or travel)
	 * @param restingBpm the resting heart rate, {@code null} when none was reported
	 * @param sampleCount how many samples are stored
	 * @param minutes the per-minute rollups in time order
	 */
	public record Day(LocalDate localDate, List<String> offsets, boolean zoneChanged, @Nullable Integer restingBpm,
			int sampleCount, List<Minute> minutes) {

	}

	/**
	 * One minute's rollup.
	 *
	 * @param start the minute's first instant, UTC
	 * @param offset the UTC offset in force during the minute
	 * @param min the lowest bpm
	 * @param avg the mean bpm
	 * @param max the highest bpm
	 * @param count the number of samples
	 */
	public record Minute(Instant start, ZoneOffset offset, int min, double avg, int max, int count) {

	}

}
