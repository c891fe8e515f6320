package health.falcon.data.insights;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import health.falcon.data.api.Insight;
import health.falcon.data.api.Insights;
import health.falcon.documents.settings.UserPreferences;
import health.falcon.documents.settings.UserZones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Computes every insight of a user for the user's today, or answers them from the
 * per-user cache while the user's data version is unchanged. A calculator that fails is
 * answered {@value #UNAVAILABLE} (and the answer is not cached), so one kind never takes
 * the others down.
 */
@Service
class InsightsService {

	/** The status of an insight whose calculator failed. */
	static final String UNAVAILABLE = "unavailable";

	/**
	 * The version of the formulas; raise it when a calculator's results change, so that
	 * cached answers are recomputed.
	 */
	private static final String FORMULAS = "insights-1";

	private static final Logger logger = LoggerFactory.getLogger(InsightsService.class);

	private final List<InsightCalculator> calculators;

	private final InsightCache cache;

	private final DataVersions versions;

	private final UserZones zones;

	private final JsonMapper json;

	private final Clock clock;

	InsightsService(List<InsightCalculator> calculators, InsightCache cache, DataVersions versions, UserZones zones,
			JsonMapper json, Clock clock) {
		this.calculators = calculators.stream().sorted(Comparator.comparingInt(InsightCalculator::order)).toList();
		this.cache = cache;
		this.versions = versions;
		this.zones = zones;
		this.json = json;
		this.clock = clock;
	}

	Insights insights(String userId) {
		UserPreferences preferences = this.zones.preferencesOf(userId);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, preferences.zone());
		String version = this.versions.version(userId, today, FORMULAS + ":" + preferences.imperial());
		Optional<String> cached = this.cache.find(userId, version);
		if (cached.isPresent()) {
			return this.json.readValue(cached.get(), Insights.class);
		}
		InsightRequest request = new InsightRequest(userId, preferences.zone(), preferences.imperial(), today, now);
		List<Insight> insights = new ArrayList<>();
		boolean complete = true;
		for (InsightCalculator calculator : this.calculators) {
			Insight insight = compute(calculator, request);
			complete &= !UNAVAILABLE.equals(insight.status());
			insights.add(insight);
		}
		Insights answer = new Insights(preferences.zone().getId(), today, now, List.copyOf(insights));
		String body = this.json.writeValueAsString(answer);
		if (complete) {
			this.cache.store(userId, version, body, Date.from(now));
		}
		// Answered as the cache would answer it, so a first and a second call are equal.
		return this.json.readValue(body, Insights.class);
	}

	Insight insight(String userId, String kind) {
		if (this.calculators.stream().noneMatch((calculator) -> calculator.kind().equals(kind))) {
			throw new UnknownInsightException(kind);
		}
		return insights(userId).insights()
			.stream()
			.filter((insight) -> insight.kind().equals(kind))
			.findFirst()
			.orElseThrow(() -> new UnknownInsightException(kind));
	}

	long forget(String userId) {
		return this.cache.forget(userId);
	}

	private static Insight compute(InsightCalculator calculator, InsightRequest request) {
		try {
			return calculator.compute(request);
		}
		catch (RuntimeException ex) {
			// The exception's type only: a message may carry a user's values.
			logger.error("Insight {} failed with {}", calculator.kind(), ex.getClass().getName());
			return new Insight(calculator.kind(), calculator.kind(), UNAVAILABLE,
					"This insight could not be computed right now; it will be tried again.", List.of(), List.of(),
					List.of(), null);
		}
	}

}
