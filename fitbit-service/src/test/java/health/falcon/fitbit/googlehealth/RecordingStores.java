package health.falcon.fitbit.googlehealth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import health.falcon.fitbit.daily.DailyActivity;
import health.falcon.fitbit.daily.DailyActivityStore;
import health.falcon.fitbit.daily.DailyMetric;
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

	final List<String> removed = new ArrayList<>();

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
		public int remove(String userId, Instant from, Instant to, Source source) {
			RecordingStores.this.removed.add("heart-rate " + from + "/" + to);
			return 1;
		}

		@Override
		public int clearRestingHeartRate(String userId, Collection<LocalDate> days) {
			days.forEach(RecordingStores.this.resting::remove);
			RecordingStores.this.removed.add("resting " + days);
			return days.size();
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
			// upserts on the natural key, the start
			for (SleepSession session : sessions) {
				RecordingStores.this.sleep.removeIf((stored) -> stored.start().equals(session.start()));
				RecordingStores.this.sleep.add(session);
			}
			return sessions.size();
		}

		@Override
		public long removeEndedBetween(String userId, Instant from, Instant to, Collection<Instant> keepStarts) {
			List<SleepSession> gone = RecordingStores.this.sleep.stream()
				.filter((session) -> !session.end().isBefore(from) && session.end().isBefore(to)
						&& !keepStarts.contains(session.start()))
				.toList();
			RecordingStores.this.sleep.removeAll(gone);
			RecordingStores.this.removed.add("sleep " + from + "/" + to);
			return gone.size();
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
		public int clear(String userId, Collection<LocalDate> days, DailyMetric metric) {
			int changed = 0;
			for (LocalDate day : days) {
				DailyActivity old = RecordingStores.this.daily.get(day);
				DailyActivity cleared = (old != null) ? without(old, metric) : null;
				if (cleared != null && !cleared.equals(old)) {
					RecordingStores.this.daily.put(day, cleared);
					changed++;
				}
			}
			RecordingStores.this.removed.add("daily " + metric + " " + days);
			return changed;
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

	private static DailyActivity without(DailyActivity day, DailyMetric metric) {
		return new DailyActivity(day.day(), (metric != DailyMetric.STEPS) ? day.steps() : null,
				(metric != DailyMetric.DISTANCE) ? day.distanceMeters() : null,
				(metric != DailyMetric.ACTIVE_KCAL) ? day.activeKcal() : null,
				(metric != DailyMetric.TOTAL_KCAL) ? day.totalKcal() : null);
	}

	private static DailyActivity merged(DailyActivity old, DailyActivity day) {
		return new DailyActivity(day.day(), (day.steps() != null) ? day.steps() : old.steps(),
				(day.distanceMeters() != null) ? day.distanceMeters() : old.distanceMeters(),
				(day.activeKcal() != null) ? day.activeKcal() : old.activeKcal(),
				(day.totalKcal() != null) ? day.totalKcal() : old.totalKcal());
	}

}
