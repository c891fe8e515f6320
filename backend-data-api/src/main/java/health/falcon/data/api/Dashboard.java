package health.falcon.data.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in user's health at a glance: today and the last 7 and 30 days (both ending
 * with today, in local dates of {@code zone}), and the freshness of every connected
 * source. Unknown values are {@code null}, never 0; a section without any data is
 * {@code null} (lists are empty).
 *
 * @param zone the user's zone (profile setting, UTC when unset), in which {@code today}
 * is taken
 * @param today the local date of now in {@code zone}
 * @param restingHeartRate the resting heart rate and its trend, {@code null} without a
 * resting heart rate in the last 60 days
 * @param bloodPressure the latest blood-pressure reading, {@code null} without any
 * @param sleep last night's main sleep, {@code null} without one in the last two days
 * @param steps steps per day, {@code null} without any in the last 30 days
 * @param caloriesIn energy eaten (nutrition diary or export), {@code null} without any in
 * the last 30 days
 * @param caloriesOut energy spent ({@code daily_activity.totalKcal}), {@code null}
 * without any in the last 30 days
 * @param activities activity volume by sport
 * @param sources one entry per connection of the user, in provider order
 */
public record Dashboard(String zone, LocalDate today, @Nullable RestingHeartRate restingHeartRate,
		@Nullable BloodPressure bloodPressure, @Nullable Sleep sleep, @Nullable DailySums steps,
		@Nullable DailySums caloriesIn, @Nullable DailySums caloriesOut, Activities activities,
		List<SourceFreshness> sources) {

	/**
	 * The resting heart rate: the latest day's value, and the means of the last 7 and 30
	 * days each compared with the period just before it.
	 *
	 * @param latest the latest day's resting heart rate in bpm (within the last 60 days)
	 * @param latestDate the date of {@code latest}
	 * @param last7 the last 7 days, {@code null} without a value in them
	 * @param last30 the last 30 days, {@code null} without a value in them
	 * @param source the provenance of the days used, {@code provider/channel}
	 * (comma-separated when more than one)
	 */
	public record RestingHeartRate(double latest, LocalDate latestDate, @Nullable Trend last7, @Nullable Trend last30,
			@Nullable String source) {

	}

	/**
	 * A period's mean beside the mean of the period of equal length just before it.
	 *
	 * @param from the first date of the period
	 * @param to the last date of the period (today)
	 * @param mean the mean over the days with a value, rounded to 0.1
	 * @param days how many days had a value
	 * @param previousMean the mean of the period before, {@code null} without a value in
	 * it
	 * @param change {@code mean - previousMean} rounded to 0.1, {@code null} when
	 * {@code previousMean} is
	 */
	public record Trend(LocalDate from, LocalDate to, double mean, int days, @Nullable Double previousMean,
			@Nullable Double change) {

	}

	/**
	 * The latest blood-pressure reading (a row of a file deleted in Dropbox is left out).
	 *
	 * @param systolic in mmHg
	 * @param diastolic in mmHg
	 * @param pulse in bpm, {@code null} when the file had none
	 * @param at when it was measured
	 * @param localDate the local date it was measured on, in the zone it was measured in
	 * @param source {@code dropbox/upload} or {@code dropbox/dropbox}: how the file came
	 */
	public record BloodPressure(int systolic, int diastolic, @Nullable Integer pulse, Instant at, LocalDate localDate,
			@Nullable String source) {

	}

	/**
	 * Last night's sleep: the main sleep of the latest {@code dateOfSleep} no earlier
	 * than two days before today.
	 *
	 * @param dateOfSleep the date the sleep counts for
	 * @param start when it began
	 * @param end when it ended
	 * @param durationMinutes from start to end, in whole minutes
	 * @param minutesAsleep as the provider reported it
	 * @param minutesAwake as the provider reported it
	 * @param efficiency as the provider reported it, percent
	 * @param stages minutes per stage ({@code deep}, {@code light}, {@code rem},
	 * {@code wake}, or {@code asleep}, {@code awake}, {@code restless}), empty when none
	 * @param source the provenance, {@code provider/channel}
	 */
	public record Sleep(LocalDate dateOfSleep, Instant start, Instant end, long durationMinutes,
			@Nullable Integer minutesAsleep, @Nullable Integer minutesAwake, @Nullable Integer efficiency,
			Map<String, Integer> stages, @Nullable String source) {

	}

	/**
	 * A daily metric today and summed over the last 7 and 30 days.
	 *
	 * @param today today's value, {@code null} when today has none
	 * @param last7 the last 7 days, {@code null} without a value in them
	 * @param last30 the last 30 days, {@code null} without a value in them
	 * @param source the provenance of the days used, {@code provider/channel}
	 * (comma-separated when more than one)
	 */
	public record DailySums(@Nullable Double today, @Nullable Sum last7, @Nullable Sum last30,
			@Nullable String source) {

	}

	/**
	 * The sum of a daily metric over a period and its mean per day with a value (a day
	 * without a value counts as unknown, not as 0).
	 *
	 * @param from the first date of the period
	 * @param to the last date of the period (today)
	 * @param total the sum over the days with a value
	 * @param mean {@code total / days}, rounded to 0.1
	 * @param days how many days had a value
	 */
	public record Sum(LocalDate from, LocalDate to, double total, double mean, int days) {

	}

	/**
	 * Activity volume by sport, by the activities' own local dates.
	 *
	 * @param last7 one entry per sport of the last 7 days, most activities first
	 * @param last30 one entry per sport of the last 30 days, most activities first
	 */
	public record Activities(List<SportVolume> last7, List<SportVolume> last30) {

	}

	/**
	 * The activities of one sport in a period. A sum is {@code null} when no activity of
	 * the sport reported the value; otherwise it sums those that did.
	 *
	 * @param sportType the normalized sport, {@code RUN}
	 * @param count how many activities
	 * @param distanceMeters total distance in metres
	 * @param movingSeconds total moving time in seconds
	 * @param energyKcal total energy in kcal of the {@code energyCount} activities with
	 * energy
	 * @param energyCount how many activities have energy
	 */
	public record SportVolume(String sportType, long count, @Nullable Double distanceMeters,
			@Nullable Long movingSeconds, @Nullable Double energyKcal, long energyCount) {

	}

	/**
	 * How fresh one connected source is.
	 *
	 * @param provider the provider's id, {@code fitbit}
	 * @param status the connection's status ({@code ACTIVE}, {@code NEEDS_RECONNECT}, …)
	 * @param statusReason why, when recorded
	 * @param lastSuccessfulSyncAt when its last sync succeeded, {@code null} before the
	 * first
	 * @param lastRunStatus the outcome of its last run
	 * @param data the latest stored data point per kind of data the provider writes
	 */
	public record SourceFreshness(String provider, @Nullable String status, @Nullable String statusReason,
			@Nullable Instant lastSuccessfulSyncAt, @Nullable String lastRunStatus, List<DataFreshness> data) {

	}

	/**
	 * The latest stored data point of one kind.
	 *
	 * @param kind {@code heart-rate}, {@code daily-activity}, {@code sleep},
	 * {@code activities}, {@code blood-pressure}, {@code hrv} or {@code nutrition}
	 * @param lastDate the local date of the latest data, {@code null} without any
	 * @param lastAt the instant of the latest data point, {@code null} without any and
	 * for daily kinds ({@code heart-rate}, {@code daily-activity}, {@code nutrition})
	 */
	public record DataFreshness(String kind, @Nullable LocalDate lastDate, @Nullable Instant lastAt) {

	}

}
