package health.falcon.fitbit.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import health.falcon.fitbit.daily.DailyActivity;
import health.falcon.fitbit.daily.DailyActivityStore;
import health.falcon.fitbit.daily.DailyMetric;
import health.falcon.fitbit.sleep.SleepSession;
import health.falcon.fitbit.sleep.SleepStore;
import health.falcon.model.Source;

/**
 * In-memory sleep and daily-activity stores with the contracts' natural keys and merge
 * rules (the Mongo ones belong to another package).
 */
final class RecordingStores {

	private RecordingStores() {
	}

	static final class Sleep implements SleepStore {

		final Map<Instant, SleepSession> sessions = new TreeMap<>();

		@Override
		public int upsert(String userId, Collection<SleepSession> sessions, Source source) {
			int changed = 0;
			for (SleepSession session : sessions) {
				SleepSession previous = this.sessions.put(session.start().truncatedTo(ChronoUnit.MINUTES), session);
				changed += session.equals(previous) ? 0 : 1;
			}
			return changed;
		}

		@Override
		public long removeEndedBetween(String userId, Instant from, Instant to, Collection<Instant> keepStarts) {
			throw new UnsupportedOperationException("an import never removes sessions");
		}

		@Override
		public long purge(String userId) {
			long count = this.sessions.size();
			this.sessions.clear();
			return count;
		}

	}

	static final class Daily implements DailyActivityStore {

		final Map<LocalDate, DailyActivity> days = new TreeMap<>();

		@Override
		public int merge(String userId, Collection<DailyActivity> days, Source source) {
			int changed = 0;
			for (DailyActivity day : days) {
				DailyActivity old = this.days.get(day.day());
				DailyActivity merged = (old == null) ? day
						: new DailyActivity(day.day(), (day.steps() != null) ? day.steps() : old.steps(),
								(day.distanceMeters() != null) ? day.distanceMeters() : old.distanceMeters(),
								(day.activeKcal() != null) ? day.activeKcal() : old.activeKcal(),
								(day.totalKcal() != null) ? day.totalKcal() : old.totalKcal());
				this.days.put(day.day(), merged);
				changed += merged.equals(old) ? 0 : 1;
			}
			return changed;
		}

		@Override
		public int clear(String userId, Collection<LocalDate> days, DailyMetric metric) {
			throw new UnsupportedOperationException("an import never clears days");
		}

		@Override
		public long purge(String userId) {
			long count = this.days.size();
			this.days.clear();
			return count;
		}

	}

}
