package health.falcon.devstack.sandbox.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A settable UTC clock for tests, so expiry and rate-limit windows are exercised without
 * sleeping.
 */
public final class TestClock extends Clock {

	/** Where every test starts: a Friday in November 2026, noon UTC. */
	public static final Instant START = Instant.parse("2026-11-20T12:00:00Z");

	private volatile Instant now = START;

	public void set(Instant now) {
		this.now = now;
	}

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The test clock is UTC only");
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
