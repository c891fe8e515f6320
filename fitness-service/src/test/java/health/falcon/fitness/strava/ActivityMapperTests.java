package health.falcon.fitness.strava;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import health.falcon.fitness.activity.Activity;
import health.falcon.fitness.activity.SportType;
import health.falcon.model.MeasurementTime;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ActivityMapperTests {

	private static final Instant RECEIVED = Instant.parse("2026-11-20T10:00:00Z");

	@Test
	void mapsTheDocumentedExampleInSiUnits() {
		Activity activity = map(new StravaActivity(9876543210L, "Lunch Run", "Run", "Run", "2026-03-10T11:02:00Z",
				"2026-03-10T12:02:00Z", "(GMT+01:00) Europe/Paris", 3600.0, 10012.4, 2875L, 2990L, 54.0, 3.482, 5.1,
				151.2, 176.0, null, null));
		assertThat(activity.id()).isEqualTo("demo:strava:9876543210");
		assertThat(activity.source().provider()).isEqualTo("strava");
		assertThat(activity.source().sourceId()).isEqualTo("9876543210");
		assertThat(activity.source().ingestRunId()).isEqualTo("run-1");
		assertThat(activity.source().receivedAt()).isEqualTo(RECEIVED);
		assertThat(activity.name()).isEqualTo("Lunch Run");
		assertThat(activity.sportType()).isEqualTo(SportType.RUN);
		assertThat(activity.sportTypeRaw()).isEqualTo("Run");
		assertThat(activity.time()).isEqualTo(new MeasurementTime(Instant.parse("2026-03-10T11:02:00Z"),
				ZoneOffset.ofHours(1), ZoneId.of("Europe/Paris"), LocalDate.parse("2026-03-10"), false));
		assertThat(activity.distanceMeters()).isEqualTo(10012.4);
		assertThat(activity.movingSeconds()).isEqualTo(2875L);
		assertThat(activity.elapsedSeconds()).isEqualTo(2990L);
		assertThat(activity.elevationGainMeters()).isEqualTo(54.0);
		assertThat(activity.averageSpeedMps()).isEqualTo(3.482);
		assertThat(activity.maxSpeedMps()).isEqualTo(5.1);
		assertThat(activity.averageHeartRateBpm()).isEqualTo(151.2);
		assertThat(activity.maxHeartRateBpm()).isEqualTo(176.0);
		assertThat(activity.energyKcal()).isNull();
	}

	@Test
	void takesTheLocalDateFromStartDateLocalWhoseTrailingZIsNotUtc() {
		// 23:30 on 4 July in Los Angeles is already 5 July in UTC
		MeasurementTime time = time("2026-07-05T06:30:00Z", "2026-07-04T23:30:00Z", "(GMT-08:00) America/Los_Angeles",
				-25200.0);
		assertThat(time.localDate()).isEqualTo(LocalDate.parse("2026-07-04"));
		assertThat(time.instant()).isEqualTo(Instant.parse("2026-07-05T06:30:00Z"));
		assertThat(time.offset()).isEqualTo(ZoneOffset.ofHours(-7));
	}

	@Test
	void usesTheOffsetInForceOnADaylightSavingDayNotTheLabel() {
		// 8 March 2026: Los Angeles springs forward at 02:00; the label keeps GMT-08:00
		MeasurementTime before = time("2026-03-08T09:30:00Z", "2026-03-08T01:30:00Z", "(GMT-08:00) America/Los_Angeles",
				-28800.0);
		MeasurementTime after = time("2026-03-08T17:00:00Z", "2026-03-08T10:00:00Z", "(GMT-08:00) America/Los_Angeles",
				-28800.0);
		assertThat(before.offset()).isEqualTo(ZoneOffset.ofHours(-8));
		assertThat(after.offset()).isEqualTo(ZoneOffset.ofHours(-7));
		assertThat(before.localDate()).isEqualTo(after.localDate()).isEqualTo(LocalDate.parse("2026-03-08"));
		assertThat(after.zoneId()).isEqualTo(ZoneId.of("America/Los_Angeles"));
	}

	@Test
	void followsATripAbroad() {
		MeasurementTime home = time("2026-05-01T06:00:00Z", "2026-05-01T08:00:00Z", "(GMT+01:00) Europe/Berlin",
				7200.0);
		MeasurementTime tokyo = time("2026-05-01T22:00:00Z", "2026-05-02T07:00:00Z", "(GMT+09:00) Asia/Tokyo", 32400.0);
		assertThat(home.localDate()).isEqualTo(LocalDate.parse("2026-05-01"));
		assertThat(tokyo.localDate()).isEqualTo(LocalDate.parse("2026-05-02"));
		assertThat(tokyo.offset()).isEqualTo(ZoneOffset.ofHours(9));
		assertThat(tokyo.zoneId()).isEqualTo(ZoneId.of("Asia/Tokyo"));
		assertThat(tokyo.zoneAssumed()).isFalse();
	}

	@Test
	void keepsTheStatedOffsetWhenTheZoneNameIsUnknown() {
		MeasurementTime time = time("2026-06-01T04:15:00Z", "2026-06-01T10:00:00Z", "(GMT+05:45) Himalaya/Base_Camp",
				20700.0);
		assertThat(time.zoneId()).isNull();
		assertThat(time.offset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 45));
		assertThat(time.localDate()).isEqualTo(LocalDate.parse("2026-06-01"));
		assertThat(time.zoneAssumed()).isFalse();
	}

	@Test
	void fallsBackToUtcOffsetWithoutALocalStart() {
		MeasurementTime time = time("2026-06-01T23:00:00Z", null, null, 7200.0);
		assertThat(time.offset()).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(time.localDate()).isEqualTo(LocalDate.parse("2026-06-02"));
		assertThat(time.zoneId()).isNull();
	}

	@Test
	void leavesMissingOptionalFieldsEmpty() {
		Activity activity = map(new StravaActivity(1L, null, null, null, "2026-06-01T08:00:00Z", "2026-06-01T10:00:00Z",
				null, null, null, null, null, null, null, null, 0.0, null, null, 0.0));
		assertThat(activity.name()).isNull();
		assertThat(activity.sportType()).isEqualTo(SportType.OTHER);
		assertThat(activity.sportTypeRaw()).isNull();
		assertThat(activity.time().zoneId()).isNull();
		assertThat(activity.distanceMeters()).isNull();
		assertThat(activity.averageHeartRateBpm()).as("0 means not measured").isNull();
		assertThat(activity.energyKcal()).as("0 means not computed").isNull();
		assertThat(activity.kilojoules()).isNull();
	}

	@Test
	void keepsCaloriesAndKilojoulesFromTheDetails() {
		Activity activity = map(
				new StravaActivity(2L, "Ride", "Ride", "Ride", "2026-06-01T08:00:00Z", "2026-06-01T10:00:00Z", null,
						7200.0, 40000.0, 5400L, 6000L, 300.0, 7.4, 15.2, null, null, 812.5, 780.0));
		assertThat(activity.energyKcal()).isEqualTo(780.0);
		assertThat(activity.kilojoules()).isEqualTo(812.5);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null", value = { "Run, null, RUN, Run", "TrailRun, Run, RUN, TrailRun",
			"VirtualRun, null, RUN, VirtualRun", "Ride, null, RIDE, Ride",
			"MountainBikeRide, Ride, RIDE, MountainBikeRide", "GravelRide, Ride, RIDE, GravelRide",
			"EBikeRide, Ride, RIDE, EBikeRide", "VirtualRide, Ride, RIDE, VirtualRide", "Walk, null, WALK, Walk",
			"Hike, null, HIKE, Hike", "Swim, null, SWIM, Swim", "WeightTraining, null, WORKOUT, WeightTraining",
			"Workout, null, WORKOUT, Workout", "Crossfit, null, WORKOUT, Crossfit", "Yoga, null, YOGA, Yoga",
			"Pickleball, null, OTHER, Pickleball", "null, Hike, HIKE, Hike", "null, Kitesurf, OTHER, Kitesurf" })
	void normalizesSportTypesKeepingTheRawValue(@Nullable String sportType, @Nullable String type, SportType expected,
			String raw) {
		Activity activity = map(new StravaActivity(3L, "x", type, sportType, "2026-06-01T08:00:00Z",
				"2026-06-01T10:00:00Z", null, null, null, null, null, null, null, null, null, null, null, null));
		assertThat(activity.sportType()).isEqualTo(expected);
		assertThat(activity.sportTypeRaw()).isEqualTo(raw);
	}

	@Test
	void refusesAnActivityWithoutId() {
		assertUnmappable(new StravaActivity(null, "x", "Run", "Run", "2026-06-01T08:00:00Z", "2026-06-01T10:00:00Z",
				null, null, null, null, null, null, null, null, null, null, null, null), "missing id");
	}

	@Test
	void refusesUnreadableDates() {
		assertUnmappable(new StravaActivity(4L, "x", "Run", "Run", "yesterday", "2026-06-01T10:00:00Z", null, null,
				null, null, null, null, null, null, null, null, null, null), "unreadable start_date");
		assertUnmappable(new StravaActivity(4L, "x", "Run", "Run", "2026-06-01T08:00:00Z", "2026-06-01 10:00", null,
				null, null, null, null, null, null, null, null, null, null, null), "unreadable start_date_local");
		assertUnmappable(new StravaActivity(4L, "x", "Run", "Run", null, "2026-06-01T10:00:00Z", null, null, null, null,
				null, null, null, null, null, null, null, null), "missing start_date");
		assertUnmappable(
				new StravaActivity(4L, "x", "Run", "Run", "2026-06-01T08:00:00Z", "2026-06-03T10:00:00Z", null, null,
						null, null, null, null, null, null, null, null, null, null),
				"start_date_local is too far from start_date");
	}

	@Test
	void refusesNegativeDistancesAndDurations() {
		assertUnmappable(new StravaActivity(5L, "x", "Run", "Run", "2026-06-01T08:00:00Z", "2026-06-01T10:00:00Z", null,
				null, -1.0, null, null, null, null, null, null, null, null, null), "negative distance");
		assertUnmappable(new StravaActivity(5L, "x", "Run", "Run", "2026-06-01T08:00:00Z", "2026-06-01T10:00:00Z", null,
				null, 1.0, -5L, null, null, null, null, null, null, null, null), "negative moving_time");
	}

	private static Activity map(StravaActivity strava) {
		return ActivityMapper.map(strava, "demo", "run-1", RECEIVED);
	}

	private static MeasurementTime time(String start, @Nullable String local, @Nullable String timezone,
			@Nullable Double utcOffset) {
		return map(new StravaActivity(6L, "x", "Run", "Run", start, local, timezone, utcOffset, null, null, null, null,
				null, null, null, null, null, null))
			.time();
	}

	private static void assertUnmappable(StravaActivity strava, String reason) {
		assertThatExceptionOfType(UnmappableActivityException.class).isThrownBy(() -> map(strava)).withMessage(reason);
	}

}
