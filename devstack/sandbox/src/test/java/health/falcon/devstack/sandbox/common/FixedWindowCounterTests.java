package health.falcon.devstack.sandbox.common;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FixedWindowCounterTests {

	@Test
	void countsWithinQuarterHoursAlignedToTheClock() {
		FixedWindowCounter counter = new FixedWindowCounter(Duration.ofMinutes(15));
		assertThat(counter.increment(Instant.parse("2026-11-20T12:00:00Z"))).isEqualTo(1);
		assertThat(counter.increment(Instant.parse("2026-11-20T12:14:59Z"))).isEqualTo(2);
		assertThat(counter.increment(Instant.parse("2026-11-20T12:15:00Z"))).isEqualTo(1);
		assertThat(counter.current(Instant.parse("2026-11-20T12:29:59Z"))).isEqualTo(1);
		assertThat(counter.current(Instant.parse("2026-11-20T12:30:00Z"))).isZero();
	}

	@Test
	void dailyWindowsStartAtMidnightUtc() {
		FixedWindowCounter counter = new FixedWindowCounter(Duration.ofDays(1));
		counter.increment(Instant.parse("2026-11-20T00:00:00Z"));
		assertThat(counter.increment(Instant.parse("2026-11-20T23:59:59Z"))).isEqualTo(2);
		assertThat(counter.increment(Instant.parse("2026-11-21T00:00:00Z"))).isEqualTo(1);
	}

}
