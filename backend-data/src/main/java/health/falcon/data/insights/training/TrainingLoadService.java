package health.falcon.data.insights.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import health.falcon.data.insights.InsightRequest;
import health.falcon.documents.settings.HeartRateSettings;

import org.springframework.stereotype.Service;

/**
 * Reads and scores a user's activities for the training load: the last
 * {@value #SHOWN_DAYS} days, preceded by a warm-up of three fitness time constants (126
 * days by default, after which less than 5% of a start from zero remains) so that fitness
 * does not start from zero in the period shown. The heart-rate limits are estimated from
 * the same days.
 */
@Service
class TrainingLoadService {

	static final int SHOWN_DAYS = 90;

	static final int WARM_UP_TIME_CONSTANTS = 3;

	private final TrainingRepository repository;

	TrainingLoadService(TrainingRepository repository) {
		this.repository = repository;
	}

	TrainingLoad compute(InsightRequest request) {
		HeartRateSettings settings = this.repository.settings(request.userId());
		LocalDate to = request.today();
		LocalDate shownFrom = to.minusDays(SHOWN_DAYS - 1);
		LocalDate readFrom = shownFrom.minusDays((long) WARM_UP_TIME_CONSTANTS * settings.fitnessDays());
		List<StoredActivity> activities = this.repository.activities(request.userId(), readFrom, to);
		HeartRateDays days = this.repository.days(request.userId(), readFrom, to);
		HeartRateLimit max = LimitsEstimator.max(settings, activities, days.maxima());
		HeartRateLimit resting = LimitsEstimator.resting(settings, days.resting());
		HeartRateLimits limits = (max != null && resting != null && resting.bpm() < max.bpm())
				? new HeartRateLimits(max, resting) : null;
		TrimpFormula formula = TrimpFormula.of(settings.trimpFormula());
		Scored scored = (limits != null) ? score(request.userId(), activities, limits, formula)
				: new Scored(List.of(), 0);
		return new TrainingLoad(settings, formula, max, resting, limits, readFrom, shownFrom, to, activities,
				scored.loads(), days, scored.minutes());
	}

	/**
	 * The daily load between two dates, with the limits of {@link #compute}.
	 * @return the load of each day with a scored activity; empty when the limits are
	 * unknown
	 */
	SortedMap<LocalDate, Double> dailyLoads(InsightRequest request, LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			return new TreeMap<>();
		}
		TrainingLoad load = compute(request);
		if (load.limits() == null) {
			return new TreeMap<>();
		}
		List<ActivityLoad> loads = new ArrayList<>(load.activities());
		if (from.isBefore(load.readFrom())) {
			LocalDate last = to.isBefore(load.readFrom()) ? to : load.readFrom().minusDays(1);
			loads.addAll(score(request.userId(), this.repository.activities(request.userId(), from, last),
					load.limits(), load.formula())
				.loads());
		}
		return new TreeMap<>(TrainingLoad.daily(loads).subMap(from, to.plusDays(1)));
	}

	private Scored score(String userId, List<StoredActivity> activities, HeartRateLimits limits, TrimpFormula formula) {
		Set<LocalDate> days = new TreeSet<>();
		activities.forEach((activity) -> days.addAll(ActivityScorer.days(activity)));
		NavigableMap<Long, Double> minutes = this.repository.minutes(userId, days);
		List<ActivityLoad> loads = activities.stream()
			.map((activity) -> ActivityScorer.score(activity, minutes, limits, formula))
			.toList();
		return new Scored(loads, minutes.size());
	}

	private record Scored(List<ActivityLoad> loads, int minutes) {

	}

}
