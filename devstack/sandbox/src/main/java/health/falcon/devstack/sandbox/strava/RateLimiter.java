package health.falcon.devstack.sandbox.strava;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import health.falcon.devstack.sandbox.common.FixedWindowCounter;

import org.springframework.stereotype.Component;

/**
 * The application's request budget, counted like Strava: 15-minute windows starting at
 * :00, :15, :30 and :45 UTC and UTC days. Every API request counts, rejected ones too.
 * All emulated endpoints are "non-upload", so each request counts against both the
 * overall and the read limits.
 */
@Component
class RateLimiter {

	private final FixedWindowCounter quarterHour = new FixedWindowCounter(Duration.ofMinutes(15));

	private final FixedWindowCounter day = new FixedWindowCounter(Duration.ofDays(1));

	private final StravaProperties.RateLimits limits;

	private final Clock clock;

	RateLimiter(StravaProperties properties, Clock clock) {
		this.limits = properties.rateLimits();
		this.clock = clock;
	}

	/**
	 * Counts one request.
	 * @return the usage including this request
	 */
	synchronized Usage count() {
		Instant now = this.clock.instant();
		return new Usage(this.limits, this.quarterHour.increment(now), this.day.increment(now));
	}

	/**
	 * Usage after a request.
	 *
	 * @param quarterHour requests in the current 15-minute window
	 * @param daily requests in the current UTC day
	 */
	record Usage(StravaProperties.RateLimits limits, long quarterHour, long daily) {

		String limitHeader() {
			return this.limits.quarterHour() + "," + this.limits.daily();
		}

		String usageHeader() {
			return this.quarterHour + "," + this.daily;
		}

		String readLimitHeader() {
			return this.limits.readQuarterHour() + "," + this.limits.readDaily();
		}

		boolean exceeded() {
			return this.quarterHour > this.limits.quarterHour() || this.daily > this.limits.daily()
					|| this.quarterHour > this.limits.readQuarterHour() || this.daily > this.limits.readDaily();
		}

	}

}
