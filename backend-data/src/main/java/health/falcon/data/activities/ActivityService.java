package health.falcon.data.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import health.falcon.data.api.ActivityPage;
import health.falcon.documents.activities.ActivityDocument;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Picks the date range of an activities query and reads the page and its totals.
 */
@Service
class ActivityService {

	static final int DEFAULT_DAYS = 90;

	private final ActivityRepository repository;

	private final Clock clock;

	ActivityService(ActivityRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * Return the user's activities between two local dates, newest first. Without
	 * {@code to} the range ends today (or at {@code from} when that is later); without
	 * {@code from} it spans {@value #DEFAULT_DAYS} days up to {@code to}.
	 * @param userId the owner (the token's subject)
	 * @param from the first local date, inclusive, or {@code null}
	 * @param to the last local date, inclusive, or {@code null}
	 * @param limit the maximum number of items, at least 1
	 * @return the page, never {@code null}
	 */
	ActivityPage activitiesOf(String userId, @Nullable LocalDate from, @Nullable LocalDate to, int limit) {
		LocalDate last = (to != null) ? to : latest(today(), from);
		LocalDate first = (from != null) ? from : last.minusDays(DEFAULT_DAYS - 1);
		List<ActivityPage.Item> items = this.repository.find(userId, first, last, limit)
			.stream()
			.map(ActivityService::item)
			.toList();
		return new ActivityPage(items, this.repository.totals(userId, first, last));
	}

	private static ActivityPage.Item item(ActivityDocument activity) {
		return new ActivityPage.Item(activity.id(), activity.name(), activity.sportType(), activity.sportTypeRaw(),
				activity.time().instant(), activity.time().localDate(), activity.time().zoneId(),
				activity.elapsedSeconds(), activity.movingSeconds(), activity.distanceMeters(),
				activity.elevationGainMeters(), activity.averageHeartRateBpm(), activity.maxHeartRateBpm(),
				activity.energyKcal());
	}

	private LocalDate today() {
		// Local dates are the user's. The latest date anywhere on Earth never cuts
		// off the user's today, whatever their zone.
		return LocalDate.now(this.clock.withZone(ZoneOffset.MAX));
	}

	private static LocalDate latest(LocalDate today, @Nullable LocalDate from) {
		return (from != null && from.isAfter(today)) ? from : today;
	}

}
