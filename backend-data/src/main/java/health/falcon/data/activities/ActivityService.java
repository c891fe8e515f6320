package health.falcon.data.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import health.falcon.data.api.ActivityPage;
import health.falcon.data.paging.Position;
import health.falcon.data.paging.Slice;
import health.falcon.documents.activities.ActivityDocument;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Picks the date range of an activities query and reads the page (keyset paging on the
 * start instant and the id) and its totals.
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
	 * @param sport the normalized sport to keep (any case), or {@code null} for all
	 * @param cursor the previous page's {@code nextCursor}, or {@code null}
	 * @return the page, never {@code null}
	 * @throws health.falcon.data.paging.InvalidParameterException when the cursor is not
	 * one of this list for this user
	 */
	ActivityPage activitiesOf(String userId, @Nullable LocalDate from, @Nullable LocalDate to, int limit,
			@Nullable String sport, @Nullable String cursor) {
		LocalDate last = (to != null) ? to : latest(today(), from);
		LocalDate first = (from != null) ? from : last.minusDays(DEFAULT_DAYS - 1);
		String sportType = (sport != null) ? sport.toUpperCase(Locale.ROOT) : null;
		Position after = ActivityRepository.KEYSET.decode(cursor, userId);
		List<ActivityDocument> fetched = this.repository.find(userId, first, last, sportType, after, limit);
		Slice<ActivityPage.Item> page = ActivityRepository.KEYSET
			.slice(fetched, limit, userId, ActivityRepository::position)
			.map(ActivityService::item);
		return new ActivityPage(page.items(), this.repository.totals(userId, first, last, sportType),
				page.nextCursor());
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
