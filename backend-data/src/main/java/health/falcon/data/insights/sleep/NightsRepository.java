package health.falcon.data.insights.sleep;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import health.falcon.data.stored.Sources;
import health.falcon.data.stored.StoredValues;
import health.falcon.documents.sleep.SleepSessionsCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads the user's main sleeps from {@code sleep_sessions} (fitbit-service), one per
 * night: a night belongs to the local date its main sleep ends on (the longest main sleep
 * when a date has two), read in the user's zone where the session's stored offset is that
 * zone's offset at its start (so a night across a change of the clocks ends at the right
 * local time), in the stored offset otherwise (the user was elsewhere). Never reads the
 * stage timeline.
 */
@Repository
class NightsRepository {

	private final MongoTemplate template;

	NightsRepository(MongoTemplate template) {
		this.template = template;
	}

	/**
	 * Read the nights that end from one local date to another, in date order.
	 */
	List<Night> nights(String userId, ZoneId zone, LocalDate from, LocalDate to) {
		// dateOfSleep (indexed) is within a day of the date a session ends on.
		Query query = Query.query(Criteria.where(SleepSessionsCollection.USER_ID)
			.is(userId)
			.and(SleepSessionsCollection.DATE_OF_SLEEP)
			.gte(from.minusDays(1).toString())
			.lte(to.plusDays(1).toString())
			.and(SleepSessionsCollection.MAIN_SLEEP)
			.is(true));
		query.fields()
			.include(SleepSessionsCollection.START, SleepSessionsCollection.END, SleepSessionsCollection.OFFSET,
					SleepSessionsCollection.EFFICIENCY, SleepSessionsCollection.MINUTES_ASLEEP,
					SleepSessionsCollection.MINUTES_AWAKE, SleepSessionsCollection.SOURCE);
		Map<LocalDate, Night> nights = this.template.find(query, Document.class, SleepSessionsCollection.COLLECTION)
			.stream()
			.map((session) -> night(session, zone))
			.filter(Objects::nonNull)
			.filter((night) -> !night.date().isBefore(from) && !night.date().isAfter(to))
			.collect(Collectors.toMap(Night::date, (night) -> night,
					(a, b) -> (b.minutesInBed() > a.minutesInBed()) ? b : a, TreeMap::new));
		return List.copyOf(nights.values());
	}

	/**
	 * Read the per-minute heart rate of the local days from one date to another.
	 */
	HeartRateMinutes heartRate(String userId, LocalDate from, LocalDate to) {
		return HeartRateMinutes.read(this.template, userId, from, to);
	}

	private static @Nullable Night night(Document session, ZoneId zone) {
		Instant start = StoredValues.instant(session, SleepSessionsCollection.START);
		Instant end = StoredValues.instant(session, SleepSessionsCollection.END);
		if (start == null || end == null || !end.isAfter(start)) {
			return null;
		}
		ZoneId clock = clock(StoredValues.string(session, SleepSessionsCollection.OFFSET), zone, start);
		ZonedDateTime bed = start.atZone(clock);
		ZonedDateTime wake = end.atZone(clock);
		Integer asleep = StoredValues.integer(session, SleepSessionsCollection.MINUTES_ASLEEP);
		Integer awake = StoredValues.integer(session, SleepSessionsCollection.MINUTES_AWAKE);
		Double efficiency = StoredValues.decimal(session, SleepSessionsCollection.EFFICIENCY);
		if (efficiency == null && asleep != null && awake != null && asleep + awake > 0) {
			efficiency = 100.0 * asleep / (asleep + awake);
		}
		return new Night(wake.toLocalDate(), start, end, bed.toLocalTime(), wake.toLocalTime(), asleep, efficiency,
				Sources.name(StoredValues.document(session, SleepSessionsCollection.SOURCE)));
	}

	private static ZoneId clock(@Nullable String offset, ZoneId zone, Instant start) {
		if (offset == null) {
			return zone;
		}
		try {
			ZoneOffset stored = ZoneOffset.of(offset);
			return stored.equals(zone.getRules().getOffset(start)) ? zone : stored;
		}
		catch (DateTimeException ex) {
			return zone;
		}
	}

}
