package health.falcon.ingest.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import health.falcon.ingest.config.IngestProperties;
import health.falcon.ingest.spi.RateWindow;
import health.falcon.ingest.time.Sleeper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The rate budget of each provider, kept in {@code rate_limits} so that every replica and
 * both deployment colours share it, and changed only with atomic updates. Before each
 * request {@link #acquire} waits (through the {@link Sleeper}) for a spent window to
 * reset when that is within {@code falcon.ingest.rate-limit.max-wait}, otherwise it
 * throws {@link RateLimitDeferredException}; it then reserves one request in every open
 * window. After each response {@link #record} stores the windows the provider reported,
 * and a 429 {@link #blockUntil blocks} the provider until its retry instant.
 */
public class RateBudget {

	private static final Logger logger = LoggerFactory.getLogger(RateBudget.class);

	private static final int MAX_WAITS = 8;

	private final MongoOperations mongo;

	private final Clock clock;

	private final Sleeper sleeper;

	private final IngestProperties.RateLimit properties;

	/**
	 * Create a budget.
	 * @param properties the waiting rules
	 */
	public RateBudget(MongoOperations mongo, Clock clock, Sleeper sleeper, IngestProperties.RateLimit properties) {
		this.mongo = mongo;
		this.clock = clock;
		this.sleeper = sleeper;
		this.properties = properties;
	}

	/**
	 * Take one request from the provider's budget, waiting for a window when allowed.
	 * @param provider the provider's id, for example {@code strava}
	 * @throws RateLimitDeferredException when the budget is spent beyond the allowed wait
	 */
	public void acquire(String provider) {
		for (int waits = 0;; waits++) {
			Instant now = this.clock.instant();
			ProviderRateLimit state = this.mongo.findById(provider, ProviderRateLimit.class);
			Instant blockedUntil = (state != null) ? state.blockedUntil(now, this.properties.margin()) : null;
			if (blockedUntil == null) {
				reserve(provider, state, now);
				return;
			}
			Duration wait = Duration.between(now, blockedUntil);
			if (wait.compareTo(this.properties.maxWait()) > 0 || waits >= MAX_WAITS) {
				throw new RateLimitDeferredException(provider, blockedUntil);
			}
			logger.info("Rate budget of {} spent; waiting {} for the next window", provider, wait);
			this.sleeper.sleep(wait);
		}
	}

	/**
	 * Store the windows a response reported; they replace what the budget knew.
	 * @param provider the provider's id, for example {@code strava}
	 * @param windows the reported windows (nothing happens when empty)
	 */
	public void record(String provider, List<RateWindow> windows) {
		if (windows.isEmpty()) {
			return;
		}
		Update update = new Update();
		for (RateWindow window : windows) {
			update.set("windows." + window.name(),
					new ProviderRateLimit.WindowState(window.limit(), window.used(), window.resetsAt()));
		}
		this.mongo.upsert(query(where("_id").is(provider)), update, ProviderRateLimit.class);
	}

	/**
	 * Send no request to the provider before an instant (after a 429).
	 * @param provider the provider's id, for example {@code strava}
	 * @param retryAt the earliest next request
	 */
	public void blockUntil(String provider, Instant retryAt) {
		this.mongo.upsert(query(where("_id").is(provider)), new Update().max("retryAt", retryAt),
				ProviderRateLimit.class);
	}

	private void reserve(String provider, @Nullable ProviderRateLimit state, Instant now) {
		Map<String, ProviderRateLimit.WindowState> windows = (state != null) ? state.windows() : null;
		if (windows == null || windows.isEmpty()) {
			return;
		}
		Update update = new Update();
		windows.forEach((name, window) -> {
			if (window.resetsAt().isAfter(now)) {
				update.inc("windows." + name + ".used", 1);
			}
		});
		if (!update.getUpdateObject().isEmpty()) {
			this.mongo.updateFirst(query(where("_id").is(provider)), update, ProviderRateLimit.class);
		}
	}

}
