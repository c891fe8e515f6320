package health.falcon.data.insights.sleep;

import java.time.Instant;
import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.TreeMap;

import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.heartrate.MinuteRollups;
import health.falcon.documents.heartrate.SampleKeys;
import org.bson.Document;
import org.bson.types.Binary;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A user's per-minute heart-rate rollups ({@code heart_rate_days.rollups},
 * fitbit-service) over a range of local days, by the UTC minute they stand for: the mean
 * over any span is the sum of its minutes' bpm sums over the sum of their sample counts.
 * Never reads the samples.
 */
final class HeartRateMinutes {

	/** The fewest minutes with samples a span needs for a mean. */
	static final int MINIMUM_MINUTES = 30;

	private final NavigableMap<Long, long[]> minutes;

	private HeartRateMinutes(NavigableMap<Long, long[]> minutes) {
		this.minutes = minutes;
	}

	/**
	 * Read the rollups of the days from one local date to another.
	 */
	static HeartRateMinutes read(MongoTemplate template, String userId, LocalDate from, LocalDate to) {
		Query query = Query.query(Criteria.where(HeartRateDaysCollection.USER_ID)
			.is(userId)
			.and(HeartRateDaysCollection.LOCAL_DATE)
			.gte(from.toString())
			.lte(to.toString()));
		query.fields().include(HeartRateDaysCollection.LOCAL_DATE, HeartRateDaysCollection.ROLLUPS);
		NavigableMap<Long, long[]> minutes = new TreeMap<>();
		for (Document day : template.find(query, Document.class, HeartRateDaysCollection.COLLECTION)) {
			if (day.get(HeartRateDaysCollection.ROLLUPS) instanceof Binary packed
					&& day.get(HeartRateDaysCollection.LOCAL_DATE) instanceof String date) {
				MinuteRollups rollups = MinuteRollups.decode(packed.getData());
				long base = SampleKeys.base(LocalDate.parse(date)) / 60;
				for (int i = 0; i < rollups.size(); i++) {
					long[] minute = minutes.computeIfAbsent(base + rollups.minutes()[i], (key) -> new long[2]);
					minute[0] += rollups.sum()[i];
					minute[1] += rollups.count()[i];
				}
			}
		}
		return new HeartRateMinutes(minutes);
	}

	/**
	 * The mean heart rate of the minutes that start in a span.
	 * @param from the span's start, inclusive
	 * @param to the span's end, exclusive
	 * @return the mean bpm, {@code null} with fewer than {@value #MINIMUM_MINUTES}
	 * minutes with samples
	 */
	@Nullable Double mean(Instant from, Instant to) {
		NavigableMap<Long, long[]> span = this.minutes.subMap(Math.floorDiv(from.getEpochSecond() + 59, 60), true,
				Math.floorDiv(to.getEpochSecond() + 59, 60), false);
		if (span.size() < MINIMUM_MINUTES) {
			return null;
		}
		long sum = span.values().stream().mapToLong((minute) -> minute[0]).sum();
		long count = span.values().stream().mapToLong((minute) -> minute[1]).sum();
		return (double) sum / count;
	}

}
