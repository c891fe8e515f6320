package health.falcon.data.heartrate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.falcon.data.MongoSliceSupport;
import health.falcon.data.api.MetricSeries.Point;
import health.falcon.data.api.MetricSeries;
import health.falcon.data.series.InvalidSeriesQueryException;
import health.falcon.data.series.RangeTooLargeException;
import health.falcon.data.series.SeriesQuery;
import health.falcon.data.stored.HeartRateDays;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.heartrate.HeartRateSamplesCollection;
import health.falcon.documents.settings.UserZones;
import health.falcon.model.Source;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link HeartRateService} and {@link HeartRateRepository} against an in-process
 * mongo-java-server, with days written the way fitbit-service writes them
 * ({@link HeartRateDays}, the shared codecs).
 */
@Import({ HeartRateRepository.class, HeartRateService.class, UserZones.class })
class HeartRateServiceTests extends MongoSliceSupport {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final Source GOOGLE_HEALTH = new Source("fitbit", "google-health:heart-rate", "run-1",
			Instant.parse("2026-11-01T00:00:00Z"));

	private static final Source EXPORT = new Source("fitbit", "export", "import-1",
			Instant.parse("2026-11-01T00:00:00Z"));

	@Autowired
	private HeartRateService service;

	@Autowired
	private HeartRateRepository repository;

	@BeforeEach
	void clean() {
		this.template.remove(new Query(), HeartRateDaysCollection.COLLECTION);
		this.template.remove(new Query(), HeartRateSamplesCollection.COLLECTION);
		this.template.remove(new Query(), "user_settings");
		this.template.save(new Document("_id", "demo").append("timeZone", "Europe/Berlin"), "user_settings");
	}

	@Test
	void answersTheSpringForwardDayAsOneDayOf23Hours() {
		writeLocalDay("demo", LocalDate.parse("2026-03-29"), GOOGLE_HEALTH);
		MetricSeries day = query("demo", "2026-03-29", "2026-03-29", "1d", null);
		assertThat(day.zone()).isEqualTo("Europe/Berlin");
		assertThat(day.points()).singleElement().satisfies((point) -> {
			assertThat(point.t()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
			assertThat(point.localDate()).isEqualTo(LocalDate.parse("2026-03-29"));
			assertThat(point.min()).isEqualTo(40);
			assertThat(point.max()).isEqualTo(190);
		});
		MetricSeries hours = query("demo", "2026-03-29", "2026-03-29", "1h", null);
		assertThat(hours.points()).hasSize(23);
		assertThat(hours.points()).allSatisfy((point) -> assertThat(point.localDate()).hasToString("2026-03-29"));
		assertThat(query("demo", "2026-03-29", "2026-03-29", "1min", null).points()).hasSize(23 * 60);
	}

	@Test
	void answersTheFallBackDayAsOneDayOf25Hours() {
		writeLocalDay("demo", LocalDate.parse("2026-10-25"), GOOGLE_HEALTH);
		MetricSeries day = query("demo", "2026-10-25", "2026-10-25", "1d", null);
		assertThat(day.points()).singleElement().satisfies((point) -> {
			assertThat(point.t()).isEqualTo(Instant.parse("2026-10-24T22:00:00Z"));
			assertThat(point.max()).isEqualTo(190);
		});
		assertThat(query("demo", "2026-10-25", "2026-10-25", "1h", null).points()).hasSize(25);
		MetricSeries raw = query("demo", "2026-10-25", "2026-10-25", "raw", null);
		assertThat(raw.resolution()).isEqualTo("raw");
		assertThat(raw.points()).hasSize(25 * 60);
		assertThat(raw.points().get(0).t()).isEqualTo(Instant.parse("2026-10-24T22:00:00Z"));
	}

	@Test
	void keepsThePeakWhenDownsamplingToMaxPoints() {
		writeLocalDay("demo", LocalDate.parse("2026-03-10"), GOOGLE_HEALTH);
		MetricSeries hourly = query("demo", "2026-03-10", "2026-03-10", null, 30);
		assertThat(hourly.resolution()).isEqualTo("1h");
		assertThat(hourly.points()).hasSize(24);
		assertThat(hourly.points()).extracting(Point::max).contains(190.0);
		assertThat(hourly.points()).extracting(Point::min).contains(40.0);
		MetricSeries one = query("demo", "2026-03-10", "2026-03-10", null, 1);
		assertThat(one.resolution()).isEqualTo("1d");
		assertThat(one.points()).singleElement().satisfies((point) -> {
			assertThat(point.min()).isEqualTo(40);
			assertThat(point.max()).isEqualTo(190);
		});
		MetricSeries fine = query("demo", "2026-03-10", "2026-03-10", null, 10_000);
		assertThat(fine.resolution()).isEqualTo("1min");
	}

	@Test
	void leavesADayWithoutDataAsAGap() {
		writeLocalDay("demo", LocalDate.parse("2026-03-01"), GOOGLE_HEALTH);
		writeLocalDay("demo", LocalDate.parse("2026-03-03"), GOOGLE_HEALTH);
		MetricSeries days = query("demo", "2026-03-01", "2026-03-03", "1d", null);
		assertThat(days.points()).extracting(Point::localDate)
			.containsExactly(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-03"));
		assertThat(query("demo", "2026-03-02", "2026-03-02", "1h", null).points()).isEmpty();
		assertThat(query("demo", "2026-03-02", "2026-03-02", "1h", null).source()).isNull();
	}

	@Test
	void answersWeeksFromMonday() {
		writeLocalDay("demo", LocalDate.parse("2026-03-01"), GOOGLE_HEALTH);
		writeLocalDay("demo", LocalDate.parse("2026-03-02"), GOOGLE_HEALTH);
		MetricSeries weeks = query("demo", "2026-02-01", "2026-03-31", "1w", null);
		assertThat(weeks.points()).extracting(Point::localDate)
			.containsExactly(LocalDate.parse("2026-02-23"), LocalDate.parse("2026-03-02"));
	}

	@Test
	void selectsByInstant() {
		writeLocalDay("demo", LocalDate.parse("2026-03-10"), GOOGLE_HEALTH);
		MetricSeries series = query("demo", "2026-03-10T10:00:00Z", "2026-03-10T12:00:00Z", "1h", null);
		assertThat(series.points()).extracting(Point::t)
			.containsExactly(Instant.parse("2026-03-10T10:00:00Z"), Instant.parse("2026-03-10T11:00:00Z"));
	}

	@Test
	void namesTheSourcesOfTheDaysUsed() {
		writeLocalDay("demo", LocalDate.parse("2026-03-01"), GOOGLE_HEALTH);
		writeLocalDay("demo", LocalDate.parse("2026-03-02"), EXPORT);
		assertThat(query("demo", "2026-03-01", "2026-03-01", "1d", null).source()).isEqualTo("fitbit/google-health");
		assertThat(query("demo", "2026-03-01", "2026-03-02", "1d", null).source())
			.isEqualTo("fitbit/export,fitbit/google-health");
	}

	@Test
	void neverShowsOneUserAnothersHeartRate() {
		writeLocalDay("alex", LocalDate.parse("2026-03-10"), GOOGLE_HEALTH);
		assertThat(query("demo", "2026-03-10", "2026-03-10", "raw", null).points()).isEmpty();
		assertThat(query("demo", "2026-03-01", "2026-03-31", "1d", null).points()).isEmpty();
		assertThat(query("alex", "2026-03-10", "2026-03-10", "1d", null).points()).hasSize(1);
	}

	@Test
	void answersEachDayOfAFlightFromBerlinToDenverAsTheDayItWasMeasuredIn() {
		this.template.save(new Document("_id", "flyer").append("timeZone", "America/Denver"), "user_settings");
		for (int i = 9; i <= 14; i++) {
			LocalDate day = LocalDate.parse("2026-03-" + ((i < 10) ? "0" : "") + i);
			writeLocalDay("flyer", day, (i <= 11) ? BERLIN : ZoneId.of("America/Denver"), GOOGLE_HEALTH);
		}
		MetricSeries days = query("flyer", "2026-03-09", "2026-03-14", "1d", null);
		assertThat(days.zone()).isEqualTo("America/Denver");
		assertThat(days.points()).extracting(Point::localDate)
			.extracting(LocalDate::toString)
			.containsExactly("2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13", "2026-03-14");
		// Every stored day keeps its own first minute (40) and its peak (190): no day is
		// split.
		assertThat(days.points()).allSatisfy((point) -> {
			assertThat(point.min()).isEqualTo(40);
			assertThat(point.max()).isEqualTo(190);
		});
		assertThat(days.points().get(0).t()).isEqualTo(Instant.parse("2026-03-09T06:00:00Z"));
		MetricSeries week = query("flyer", "2026-03-09", "2026-03-15", "1w", null);
		assertThat(week.points()).singleElement()
			.satisfies((point) -> assertThat(point.localDate()).hasToString("2026-03-09"));
	}

	@Test
	void readsDatesInUtcWithoutAProfileZone() {
		writeLocalDay("alex", LocalDate.parse("2026-03-10"), GOOGLE_HEALTH);
		MetricSeries series = query("alex", "2026-03-10", "2026-03-10", "1d", null);
		assertThat(series.zone()).isEqualTo("UTC");
		// The day measured in Berlin stays that day; t is its start in the user's zone.
		assertThat(series.points()).singleElement().satisfies((point) -> {
			assertThat(point.localDate()).hasToString("2026-03-10");
			assertThat(point.t()).isEqualTo(Instant.parse("2026-03-10T00:00:00Z"));
			assertThat(point.min()).isEqualTo(40);
		});
		assertThat(query("alex", "2026-03-09", "2026-03-09", "1d", null).points()).isEmpty();
		// By the hour the same samples are where their instants are: from 23:00 UTC on
		// the 9th.
		assertThat(query("alex", "2026-03-09", "2026-03-09", "1h", null).points()).singleElement()
			.satisfies((point) -> assertThat(point.t()).isEqualTo(Instant.parse("2026-03-09T23:00:00Z")));
	}

	@Test
	void refusesRawOverMoreThanTwoDays() {
		assertThatExceptionOfType(RangeTooLargeException.class)
			.isThrownBy(() -> query("demo", "2026-03-01", "2026-03-03", "raw", null));
		assertThat(query("demo", "2026-03-01", "2026-03-02", "raw", null).points()).isEmpty();
	}

	@Test
	void refusesAFixedResolutionThatWouldGiveMoreThanTenThousandPoints() {
		assertThatExceptionOfType(RangeTooLargeException.class)
			.isThrownBy(() -> query("demo", "2026-01-01", "2026-12-31", "1min", null));
		assertThatExceptionOfType(RangeTooLargeException.class)
			.isThrownBy(() -> query("demo", "2026-01-01", "2026-03-31", "5min", null));
		assertThat(query("demo", "2026-03-01", "2026-03-06", "1min", null).points()).isEmpty();
		assertThat(query("demo", "2026-01-01", "2026-12-31", "1h", null).points()).isEmpty();
	}

	@Test
	void refusesAnInstantBeforeTheStartOfTheFromDate() {
		assertThatExceptionOfType(InvalidSeriesQueryException.class)
			.isThrownBy(() -> query("demo", "2026-03-02", "2026-03-01T12:00:00Z", "1h", null));
	}

	@Test
	void answersFromTheDaySummariesExactlyAsFromTheRollupsAcrossDaylightSavingAndAFlight() {
		this.template.save(new Document("_id", "legacy").append("timeZone", "Europe/Berlin"), "user_settings");
		for (String day : new String[] { "2026-03-28", "2026-03-29", "2026-03-30", "2026-10-24", "2026-10-25" }) {
			writeLocalDay("demo", LocalDate.parse(day), GOOGLE_HEALTH);
			writeLegacyDay("legacy", LocalDate.parse(day), BERLIN, GOOGLE_HEALTH);
		}
		writeLocalDay("demo", LocalDate.parse("2026-03-31"), ZoneId.of("America/Denver"), EXPORT);
		writeLegacyDay("legacy", LocalDate.parse("2026-03-31"), ZoneId.of("America/Denver"), EXPORT);
		for (String[] query : new String[][] { { "2026-03-28", "2026-03-31", "1d" },
				{ "2026-03-29", "2026-03-29", "1d" }, { "2026-10-25", "2026-10-25", "1d" },
				{ "2026-03-01", "2026-11-30", "1w" }, { "2026-03-29", "2026-03-29", "1h" },
				{ "2026-10-25", "2026-10-25", "raw" }, { "2026-03-29", "2026-03-30", "raw" } }) {
			MetricSeries summed = query("demo", query[0], query[1], query[2], null);
			assertThat(summed.points()).isNotEmpty();
			assertThat(query("legacy", query[0], query[1], query[2], null)).isEqualTo(summed);
		}
		for (int maxPoints : new int[] { 1, 4, 30, 2000 }) {
			assertThat(query("legacy", "2026-01-01", "2026-12-31", null, maxPoints))
				.isEqualTo(query("demo", "2026-01-01", "2026-12-31", null, maxPoints));
		}
	}

	@Test
	void sumsADayStoredBeforeItsSummaryFromItsRollups() {
		writeLegacyDay("demo", LocalDate.parse("2026-03-29"), BERLIN, GOOGLE_HEALTH);
		writeLocalDay("demo", LocalDate.parse("2026-03-30"), GOOGLE_HEALTH);
		MetricSeries days = query("demo", "2026-03-29", "2026-03-30", "1d", null);
		assertThat(days.points()).hasSize(2).allSatisfy((point) -> {
			assertThat(point.min()).isEqualTo(40);
			assertThat(point.max()).isEqualTo(190);
		});
		// 23 hours of one sample a minute: 40, 190 and 60 + minute % 40 otherwise
		long sum = 40 + 190;
		for (int minute = 1; minute < 23 * 60; minute++) {
			sum += (minute == 600) ? 0 : 60 + minute % 40;
		}
		assertThat(days.points().get(0).value()).isEqualTo(Math.round(sum * 10.0 / (23 * 60)) / 10.0);
		assertThat(query("demo", "2026-03-29", "2026-03-29", "raw", null).points()).hasSize(23 * 60);
	}

	@Test
	void tellsFromTheSummariesAloneWhenALongRangeIsAnsweredByDay() {
		ZoneId zone = BERLIN;
		Instant start = LocalDate.parse("2026-01-01").atStartOfDay(zone).toInstant();
		Instant end = LocalDate.parse("2027-01-01").atStartOfDay(zone).toInstant();
		List<DaySummary> perSecond = new ArrayList<>();
		List<DaySummary> perMinute = new ArrayList<>();
		List<DaySummary> everyFiveSeconds = new ArrayList<>();
		for (LocalDate day = LocalDate.parse("2025-12-31"); day
			.isBefore(LocalDate.parse("2027-01-02")); day = day.plusDays(1)) {
			// hours not stored: at least one per 3,600 samples, and any day may overlap
			// the next two
			perSecond.add(DaySummary.of(day, 86_400, 86_400 * 70L, 40, 190, 0, null));
			perMinute.add(DaySummary.of(day, 1_440, 1_440 * 70L, 40, 190, 0, null));
			// one sample every 5 s around the clock in Berlin, hours stored
			everyFiveSeconds.add(new DaySummary(day, 17_280, 17_280 * 70L, 40, 190,
					(int) Duration.between(day.atStartOfDay(zone), day.plusDays(1).atStartOfDay(zone)).toHours(),
					day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant(), null));
		}
		assertThat(HeartRateService.calendarFits(perSecond, 2000, start, end, zone)).isTrue();
		assertThat(HeartRateService.calendarFits(everyFiveSeconds, 2000, start, end, zone)).isTrue();
		// 1,440 samples a day may lie in a few hours or not: the minutes decide
		assertThat(HeartRateService.calendarFits(perMinute, 2000, start, end, zone)).isFalse();
		// fewer points than dates: weeks, which the minutes decide
		assertThat(HeartRateService.calendarFits(perSecond, 300, start, end, zone)).isFalse();
		assertThat(HeartRateService.calendarFits(perSecond.subList(0, 9), 2000, start,
				LocalDate.parse("2026-01-08").atStartOfDay(zone).toInstant(), zone))
			.isFalse();
	}

	@Test
	void answersADenseRangeByDayFromTheSummariesAsTheMinutesWould() {
		for (int i = 1; i <= 4; i++) {
			writeLocalDay("demo", LocalDate.parse("2026-03-0" + i), GOOGLE_HEALTH);
		}
		MetricSeries byMaxPoints = query("demo", "2026-03-01", "2026-03-04", null, 8);
		assertThat(byMaxPoints.resolution()).isEqualTo("1d");
		assertThat(byMaxPoints).isEqualTo(query("demo", "2026-03-01", "2026-03-04", "1d", null));
		List<Minute> minutes = new ArrayList<>();
		for (Point point : query("demo", "2026-03-01", "2026-03-04", "1min", null).points()) {
			minutes.add(new Minute(point.t(), 1, (int) point.min(), (int) point.max(), (long) point.value()));
		}
		assertThat(HeartRateService.choose(minutes, 8, BERLIN).label()).isEqualTo("1d");
		assertThat(HeartRateService.calendarFits(
				this.repository.summaries("demo", LocalDate.parse("2026-02-28"), LocalDate.parse("2026-03-05")), 8,
				LocalDate.parse("2026-03-01").atStartOfDay(BERLIN).toInstant(),
				LocalDate.parse("2026-03-05").atStartOfDay(BERLIN).toInstant(), BERLIN))
			.isTrue();
	}

	private MetricSeries query(String userId, String from, String to, @Nullable String resolution,
			@Nullable Integer maxPoints) {
		return this.service.heartRate(userId,
				SeriesQuery.parse(from, to, resolution, (maxPoints != null) ? maxPoints.toString() : null));
	}

	/**
	 * Writes one sample a minute over a local day in Berlin: 40 bpm in its first minute,
	 * 190 in its 600th, between 60 and 99 otherwise.
	 */
	private void writeLocalDay(String userId, LocalDate day, Source source) {
		writeLocalDay(userId, day, BERLIN, source);
	}

	private void writeLocalDay(String userId, LocalDate day, ZoneId zone, Source source) {
		HeartRateDays.samples(this.template, userId, localDay(day, zone), zone, source);
	}

	private static Map<Instant, Integer> localDay(LocalDate day, ZoneId zone) {
		Instant start = day.atStartOfDay(zone).toInstant();
		Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
		Map<Instant, Integer> samples = new LinkedHashMap<>();
		int minute = 0;
		for (Instant t = start; t.isBefore(end); t = t.plusSeconds(60)) {
			samples.put(t, (minute == 0) ? 40 : (minute == 600) ? 190 : 60 + minute % 40);
			minute++;
		}
		return samples;
	}

	/**
	 * Writes the same day as {@link #writeLocalDay} the way fitbit-service stored it
	 * before the samples moved out and the summary was added.
	 */
	private void writeLegacyDay(String userId, LocalDate day, ZoneId zone, Source source) {
		HeartRateDays.legacySamples(this.template, userId, localDay(day, zone), zone, source);
	}

}
