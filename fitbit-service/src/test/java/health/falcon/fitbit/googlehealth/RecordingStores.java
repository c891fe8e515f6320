package health.falcon.fitbit.googlehealth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import health.falcon.fitbit.daily.DailyActivity;
import health.falcon.fitbit.daily.DailyActivityStore;
import health.falcon.fitbit.heartrate.HeartRateSample;
import health.falcon.fitbit.heartrate.HeartRateStore;
import health.falcon.fitbit.sleep.SleepSession;
import health.falcon.fitbit.sleep.SleepStore;
import health.falcon.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * In-memory stores that record what the connector hands them.
 */
class RecordingStores {

	final List<List<HeartRateSample>> heartRatePages = new ArrayList<>();

	final Map<LocalDate, @Nullable Integer> resting = new TreeMap<>();

	final List<SleepSession> sleep = new ArrayList<>();

	final Map<LocalDate, DailyActivity> daily = new TreeMap<>();

	final List<String> purged = new ArrayList<>();

	final HeartRateStore heartRate = new HeartRateStore() {

		@Override
		public int merge(String userId, Collection<HeartRateSample> samples, Source source) {
			RecordingStores.this.heartRatePages.add(List.copyOf(samples));
			return 1;
		}

		@Override
		public void restingHeartRate(String userId, LocalDate day, @Nullable Integer restingBpm, Source source) {
			RecordingStores.this.resting.put(day, restingBpm);
		}

		@Override
		public long purge(String userId) {
			RecordingStores.this.purged.add("heart-rate");
			return 1;
		}

	};

	final SleepStore sleepStore = new SleepStore() {

		@Override
		public int upsert(String userId, Collection<SleepSession> sessions, Source source) {
			RecordingStores.this.sleep.addAll(sessions);
			return sessions.size();
		}

		@Override
		public long purge(String userId) {
			RecordingStores.this.purged.add("sleep");
			return 1;
		}

	};

	final DailyActivityStore dailyStore = new DailyActivityStore() {

		@Override
		public int merge(String userId, Collection<DailyActivity> days, Source source) {
			for (DailyActivity day : days) {
				DailyActivity old = RecordingStores.this.daily.get(day.day());
				RecordingStores.this.daily.put(day.day(), (old != null) ? merged(old, day) : day);
			}
			return days.size();
		}

		@Override
		public long purge(String userId) {
			RecordingStores.this.purged.add("daily");
			return 1;
		}

	};

	List<HeartRateSample> samples() {
		return this.heartRatePages.stream().flatMap(List::stream).toList();
	}

	private static DailyActivity merged(DailyActivity old, DailyActivity day) {
		return new DailyActivity(day.day(), (day.steps() != null) ? day.steps() : old.steps(),
				(day.distanceMeters() != null) ? day.distanceMeters() : old.distanceMeters(),
				(day.activeKcal() != null) ? day.activeKcal() : old.activeKcal(),
				(day.totalKcal() != null) ? day.totalKcal() : old.totalKcal());
	}

}
