package health.falcon.devstack.sandbox.strava;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import health.falcon.devstack.sandbox.strava.StravaProperties.Athlete;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The athletes' activities, in memory. Filled at start-up with the generated history
 * (ending {@code lag} before now) and changed only by the sandbox control routes.
 */
@Component
class ActivityStore {

	private static final Logger logger = LoggerFactory.getLogger(ActivityStore.class);

	/** Ids of activities created through the sandbox routes start here. */
	private static final long CREATED_ID_BASE = 20_000_000_000L;

	private final Map<Long, StravaActivity> activities = new ConcurrentHashMap<>();

	private final AtomicLong nextId = new AtomicLong(CREATED_ID_BASE);

	private final ActivityGenerator generator;

	private final Clock clock;

	ActivityStore(StravaProperties properties, Clock clock) {
		this.clock = clock;
		StravaProperties.Data data = properties.data();
		this.generator = new ActivityGenerator(data.seed(), data.homeZone());
		Instant to = clock.instant().minus(data.lag());
		Instant from = to.minus(data.history());
		for (int i = 0; i < properties.athletes().size(); i++) {
			Athlete athlete = properties.athletes().get(i);
			this.generator.generate(athlete, i, from, to)
				.forEach((activity) -> this.activities.put(activity.id(), activity));
		}
		logger.info("Strava sandbox: {} activities for {} athletes, {} to {}", this.activities.size(),
				properties.athletes().size(), from, to);
	}

	/**
	 * Lists an athlete's activities.
	 * @param athleteId the owner
	 * @param query filters and paging
	 * @return one page, oldest first when {@code after} is set, newest first otherwise
	 */
	List<StravaActivity> list(long athleteId, Query query) {
		Comparator<StravaActivity> order = Comparator.comparing(StravaActivity::startDate);
		return this.activities.values()
			.stream()
			.filter((activity) -> activity.athleteId() == athleteId)
			.filter((activity) -> query.includeOnlyMe() || !activity.onlyMe())
			.filter((activity) -> query.after() == null || activity.startDate().isAfter(query.after()))
			.filter((activity) -> query.before() == null || activity.startDate().isBefore(query.before()))
			.sorted((query.after() != null) ? order : order.reversed())
			.skip((long) (query.page() - 1) * query.perPage())
			.limit(query.perPage())
			.toList();
	}

	Optional<StravaActivity> find(long id) {
		return Optional.ofNullable(this.activities.get(id));
	}

	/**
	 * Adds a new activity that ended now.
	 * @param athlete the owner
	 * @param sportType the sport type, or {@code null} to draw one
	 */
	StravaActivity create(Athlete athlete, @Nullable String sportType) {
		StravaActivity activity = this.generator.create(athlete, this.nextId.getAndIncrement(), sportType,
				this.clock.instant());
		this.activities.put(activity.id(), activity);
		return activity;
	}

	void replace(StravaActivity activity) {
		this.activities.put(activity.id(), activity);
	}

	boolean remove(long id) {
		return this.activities.remove(id) != null;
	}

	/**
	 * A list request.
	 *
	 * @param after only activities starting after this, or {@code null}
	 * @param before only activities starting before this, or {@code null}
	 * @param page page number from 1
	 * @param perPage page size
	 * @param includeOnlyMe whether private activities are included
	 */
	record Query(@Nullable Instant after, @Nullable Instant before, int page, int perPage, boolean includeOnlyMe) {

	}

}
