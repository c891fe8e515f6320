package health.falcon.data.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import health.falcon.data.api.Dashboard;
import health.falcon.data.api.Dashboard.DataFreshness;
import health.falcon.data.api.Dashboard.SourceFreshness;
import health.falcon.data.dashboard.DailyDocumentsRepository.ActivityDays;
import health.falcon.data.dashboard.DailyDocumentsRepository.HeartRateDays;
import health.falcon.data.dashboard.DailyDocumentsRepository.NutritionDays;
import health.falcon.documents.connections.ConnectionView;
import health.falcon.documents.settings.UserZones;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Answers the dashboard in the user's zone with a bounded number of queries: the zone,
 * one per collection for the periods (60 days of resting heart rate, 30 days of daily
 * activity, nutrition and activities, last night's sleep, the latest blood pressure), the
 * connections, and for a connected provider's kind of data whose latest point the periods
 * did not show, one query for it (at most 14 in all).
 */
@Service
class DashboardService {

	private static final int WEEK = 7;

	private static final int MONTH = 30;

	/** Last night's sleep counts for today or one of the two days before. */
	private static final int SLEEP_DAYS = 2;

	private final DailyDocumentsRepository days;

	private final RecordsRepository records;

	private final FreshnessRepository freshness;

	private final UserZones zones;

	private final Clock clock;

	DashboardService(DailyDocumentsRepository days, RecordsRepository records, FreshnessRepository freshness,
			UserZones zones, Clock clock) {
		this.days = days;
		this.records = records;
		this.freshness = freshness;
		this.zones = zones;
		this.clock = clock;
	}

	Dashboard dashboard(String userId) {
		ZoneId zone = this.zones.zoneOf(userId);
		Periods periods = new Periods(LocalDate.ofInstant(this.clock.instant(), zone));
		LocalDate today = periods.today();
		HeartRateDays heartRate = this.days.heartRateDays(userId, periods.firstBefore(MONTH), today);
		ActivityDays activity = this.days.activityDays(userId, periods.first(MONTH), today);
		NutritionDays nutrition = this.days.nutritionDays(userId, periods.first(MONTH), today);
		Dashboard.BloodPressure bloodPressure = this.records.lastBloodPressure(userId);
		List<ActivityRow> activities = this.records.activities(userId, periods.first(MONTH), today);
		Seen seen = new Seen(heartRate.lastSamples(), activity.last(), nutrition.last(), bloodPressure,
				activities.isEmpty() ? null : activities.get(0));
		List<SourceFreshness> sources = this.freshness.connections(userId)
			.stream()
			.map((connection) -> freshness(userId, connection, seen))
			.toList();
		return new Dashboard(zone.getId(), today, DailySummaries.resting(heartRate.resting(), periods), bloodPressure,
				this.records.lastNight(userId, today.minusDays(SLEEP_DAYS)),
				DailySummaries.sums(activity.steps(), periods), DailySummaries.sums(nutrition.kcal(), periods),
				DailySummaries.sums(activity.totalKcal(), periods),
				new Dashboard.Activities(SportVolumes.of(activities, periods, WEEK),
						SportVolumes.of(activities, periods, MONTH)),
				sources);
	}

	private SourceFreshness freshness(String userId, ConnectionView connection, Seen seen) {
		List<DataFreshness> data = DataKind.of(connection.provider())
			.stream()
			.map((kind) -> latest(userId, kind, seen))
			.toList();
		return new SourceFreshness(connection.provider(), connection.status(), connection.statusReason(),
				connection.lastSuccessfulSyncAt(), connection.lastRunStatus(), data);
	}

	/**
	 * The latest data point of a kind: from what the periods read when they hold one (the
	 * latest data lies in the latest period), else one query.
	 */
	private DataFreshness latest(String userId, DataKind kind, Seen seen) {
		String name = kind.kind();
		return switch (kind) {
			case HEART_RATE -> new DataFreshness(name,
					(seen.heartRate() != null) ? seen.heartRate() : this.freshness.lastHeartRateDay(userId), null);
			case DAILY_ACTIVITY -> new DataFreshness(name,
					(seen.dailyActivity() != null) ? seen.dailyActivity() : this.freshness.lastActivityDay(userId),
					null);
			case NUTRITION -> new DataFreshness(name,
					(seen.nutrition() != null) ? seen.nutrition() : this.freshness.lastNutritionDay(userId), null);
			case SLEEP -> this.freshness.lastSleep(userId, name);
			case ACTIVITIES -> (seen.activity() != null)
					? new DataFreshness(name, seen.activity().localDate(), seen.activity().start())
					: this.freshness.lastActivity(userId, name);
			case BLOOD_PRESSURE -> (seen.bloodPressure() != null)
					? new DataFreshness(name, seen.bloodPressure().localDate(), seen.bloodPressure().at())
					: new DataFreshness(name, null, null);
			case HRV -> this.freshness.lastHrv(userId, name);
		};
	}

	/**
	 * The latest data the periods' queries already read, per kind.
	 */
	private record Seen(@Nullable LocalDate heartRate, @Nullable LocalDate dailyActivity, @Nullable LocalDate nutrition,
			Dashboard.@Nullable BloodPressure bloodPressure, @Nullable ActivityRow activity) {

	}

}
