package health.falcon.data.heartrate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import health.falcon.data.api.HeartRateClient;
import health.falcon.data.api.MetricSeries;
import health.falcon.data.api.MetricSeries.Point;
import health.falcon.data.series.InvalidSeriesQueryException;
import health.falcon.data.series.RangeTooLargeException;
import health.falcon.data.series.Resolution;
import health.falcon.data.series.SeriesQuery;
import health.falcon.documents.settings.UserZones;
import health.falcon.documents.heartrate.MinuteRollups;
import health.falcon.documents.heartrate.SampleCodec;
import health.falcon.documents.heartrate.SampleKeys;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Answers heart-rate series: resolves the range in the user's zone, reads the stored days
 * that can hold it and buckets them: days and weeks from each day's summary, buckets by
 * instant from the per-minute rollups; only {@code raw} (at most {@value #RAW_DAYS} days)
 * decodes samples. With {@code maxPoints} the summaries tell first whether {@code 1d} is
 * the answer (a long range), so that the rollups are read only when a finer resolution
 * may fit. Buckets by instant ({@code 1min}, {@code 5min}, {@code 1h}) cover the range's
 * instants; days and weeks are the stored days (each the local day of the zone its
 * samples were measured in) whose date is in the range, like every daily summary.
 */
@Service
class HeartRateService {

	static final int RAW_DAYS = 2;

	private static final ZoneOffset EARLIEST = ZoneOffset.ofHours(14);

	private static final ZoneOffset LATEST = ZoneOffset.ofHours(-12);

	private final HeartRateRepository repository;

	private final UserZones zones;

	HeartRateService(HeartRateRepository repository, UserZones zones) {
		this.repository = repository;
		this.zones = zones;
	}

	MetricSeries heartRate(String userId, SeriesQuery query) {
		ZoneId zone = this.zones.zoneOf(userId);
		Instant start = query.start(zone);
		Instant end = query.end(zone);
		if (start.isAfter(end)) {
			throw InvalidSeriesQueryException.of("from", "must not be after 'to'");
		}
		boolean raw = query.resolution() == Resolution.RAW;
		if (raw && Duration.between(start, end).compareTo(Duration.ofDays(RAW_DAYS)) > 0) {
			throw new RangeTooLargeException(
					"'raw' covers at most " + RAW_DAYS + " days; ask for a resolution such as 1min or for maxPoints");
		}
		refuseTooManyBuckets(query.resolution(), start, end);
		LocalDate first = SampleKeys.localDay(start, LATEST);
		LocalDate last = SampleKeys.localDay(end, EARLIEST);
		Set<String> sources = new TreeSet<>();
		List<Point> points;
		String label;
		if (raw) {
			points = samples(this.repository.samples(userId, first, last), start, end, zone, sources);
			label = Resolution.RAW.parameter();
		}
		else {
			Buckets buckets = (query.resolution() != null) ? Buckets.of(query.resolution()) : null;
			List<DaySummary> summaries = null;
			if (buckets == null) {
				summaries = this.repository.summaries(userId, first, last);
				buckets = calendarFits(summaries, query.maxPoints(), start, end, zone) ? Buckets.of(Resolution.DAY)
						: null;
			}
			if (buckets != null && buckets.seconds() == 0) {
				List<DaySummary> days = storedDays(
						(summaries != null) ? summaries : this.repository.summaries(userId, first, last), query, zone);
				points = buckets.applyToDays(days, zone);
				days.forEach((day) -> noteSource(day.source(), day.count() > 0, sources));
			}
			else {
				Set<String> minuteSources = new TreeSet<>();
				List<Minute> minutes = minutes(this.repository.days(userId, first, last), start, end, minuteSources);
				if (buckets == null) {
					buckets = choose(minutes, query.maxPoints(), zone);
				}
				if (buckets.seconds() > 0) {
					points = buckets.apply(minutes, zone);
					sources.addAll(minuteSources);
				}
				else {
					List<DaySummary> days = storedDays(
							(summaries != null) ? summaries : this.repository.summaries(userId, first, last), query,
							zone);
					points = buckets.applyToDays(days, zone);
					days.forEach((day) -> noteSource(day.source(), day.count() > 0, sources));
				}
			}
			label = buckets.label();
		}
		String source = sources.isEmpty() ? null : String.join(",", sources);
		return new MetricSeries("heart-rate", "bpm", zone.getId(), label, source, points);
	}

	/**
	 * A fixed-length resolution over a range that would give more points than any answer
	 * may hold (a year at {@code 1min}) is refused, so that one request cannot make the
	 * service build half a million points; {@code maxPoints} picks a fitting size
	 * instead.
	 */
	private static void refuseTooManyBuckets(@Nullable Resolution resolution, Instant start, Instant end) {
		if (resolution == null || resolution.seconds() == 0) {
			return;
		}
		long buckets = Duration.between(start, end).toSeconds() / resolution.seconds();
		if (buckets > HeartRateClient.MAX_POINTS) {
			throw new RangeTooLargeException("'" + resolution.parameter() + "' gives at most "
					+ HeartRateClient.MAX_POINTS + " points; ask for a coarser resolution or for maxPoints");
		}
	}

	/**
	 * The finest buckets that give at most {@code maxPoints} points: 1min, 5min, 1h, 1d,
	 * then weeks (1, 2, 4, ...), skipping those that cannot fit by their capacity alone.
	 */
	static Buckets choose(List<Minute> minutes, int maxPoints, ZoneId zone) {
		List<Buckets> ladder = new ArrayList<>(List.of(Buckets.of(Resolution.MINUTE),
				Buckets.of(Resolution.FIVE_MINUTES), Buckets.of(Resolution.HOUR), Buckets.of(Resolution.DAY)));
		for (int weeks = 1; weeks <= 1 << 16; weeks <<= 1) {
			ladder.add(Buckets.weeks(weeks));
		}
		for (Buckets buckets : ladder) {
			long atLeast = (minutes.size() + buckets.capacity() - 1) / buckets.capacity();
			if (atLeast <= maxPoints && buckets.apply(minutes, zone).size() <= maxPoints) {
				return buckets;
			}
		}
		return ladder.get(ladder.size() - 1);
	}

	/**
	 * Whether {@link #choose} would pick {@code 1d} for the minutes of these days,
	 * decided from the days' summaries alone, without reading a minute. It would if hours
	 * cannot fit and days must. Hours cannot when the days lying wholly in the range
	 * whose hours cannot overlap (taken in date order, each after the last one taken)
	 * hold more hours with samples than {@code maxPoints} (a day whose hours are not
	 * stored holds at least one per 3,600 samples). Days must when the range touches at
	 * most {@code maxPoints} local dates and the minutes, at most the samples or 3,000
	 * per stored day, fill no more than {@code maxPoints} day buckets. When this cannot
	 * be told, the answer is {@code false} and the minutes decide.
	 */
	static boolean calendarFits(List<DaySummary> days, int maxPoints, Instant start, Instant end, ZoneId zone) {
		long hours = 0;
		long minutes = 0;
		long takenUntil = Long.MIN_VALUE;
		for (DaySummary day : days) {
			minutes += Math.min(day.count(), 3000);
			long firstHour = Math.floorDiv(day.start().getEpochSecond(), 3600);
			long endHour = Math.floorDiv(day.end().getEpochSecond() + 3599, 3600);
			boolean inside = !day.start().isBefore(start) && !day.end().isAfter(end);
			if (day.count() > 0 && inside && firstHour >= takenUntil) {
				hours += (day.hours() > 0) ? day.hours() : (day.count() + 3599) / 3600;
				takenUntil = endHour;
			}
		}
		long dates = LocalDate.ofInstant(start, zone).datesUntil(LocalDate.ofInstant(end, zone).plusDays(1)).count();
		long capacity = Buckets.of(Resolution.DAY).capacity();
		return hours > maxPoints && dates <= maxPoints && (minutes + capacity - 1) / capacity <= maxPoints;
	}

	/**
	 * The stored days a calendar bucket answers from: those whose stored date lies in the
	 * range, local dates as given, instants turned into dates in the user's zone.
	 */
	private static List<DaySummary> storedDays(List<DaySummary> days, SeriesQuery query, ZoneId zone) {
		LocalDate first = query.firstDate(zone);
		LocalDate last = query.lastDate(zone);
		return days.stream().filter((day) -> !day.day().isBefore(first) && !day.day().isAfter(last)).toList();
	}

	private static List<Minute> minutes(List<StoredDay> days, Instant start, Instant end, Set<String> sources) {
		List<Minute> minutes = new ArrayList<>();
		for (StoredDay day : days) {
			MinuteRollups rollups = day.rollups();
			int before = minutes.size();
			for (int i = 0; i < rollups.size(); i++) {
				Instant t = SampleKeys.instant(day.day(), rollups.minutes()[i] * 60);
				if (!t.isBefore(start) && t.isBefore(end)) {
					minutes
						.add(new Minute(t, rollups.count()[i], rollups.min()[i], rollups.max()[i], rollups.sum()[i]));
				}
			}
			noteSource(day.source(), minutes.size() > before, sources);
		}
		minutes.sort(Comparator.comparing(Minute::t));
		return minutes;
	}

	private static List<Point> samples(List<StoredDay> days, Instant start, Instant end, ZoneId zone,
			Set<String> sources) {
		List<Point> points = new ArrayList<>();
		for (StoredDay day : days) {
			int[][] decoded = SampleCodec.decode(day.samples());
			int before = points.size();
			for (int i = 0; i < decoded[0].length; i++) {
				Instant t = SampleKeys.instant(day.day(), decoded[0][i]);
				if (!t.isBefore(start) && t.isBefore(end)) {
					int bpm = decoded[1][i];
					points.add(new Point(t, LocalDate.ofInstant(t, zone), bpm, bpm, bpm));
				}
			}
			noteSource(day.source(), points.size() > before, sources);
		}
		points.sort(Comparator.comparing(Point::t));
		return points;
	}

	private static void noteSource(@Nullable String source, boolean used, Set<String> sources) {
		if (used && source != null) {
			sources.add(source);
		}
	}

}
