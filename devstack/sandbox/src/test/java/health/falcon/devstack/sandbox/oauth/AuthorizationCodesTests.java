package health.falcon.devstack.sandbox.oauth;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import health.falcon.devstack.sandbox.common.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizationCodesTests {

	private final TestClock clock = new TestClock();

	private final AtomicInteger issued = new AtomicInteger();

	private final AuthorizationCodes<String> codes = new AuthorizationCodes<>(this.clock, Duration.ofMinutes(10),
			() -> "code-" + this.issued.incrementAndGet());

	@Test
	void issuesCodesInTheProvidersFormat() {
		assertThat(this.codes.issue("dana")).isEqualTo("code-1");
		assertThat(this.codes.issue("alex")).isEqualTo("code-2");
	}

	@Test
	void redeemsACodeOnce() {
		String code = this.codes.issue("dana");
		assertThat(this.codes.redeem(code)).isEqualTo("dana");
		assertThat(this.codes.redeem(code)).isNull();
	}

	@Test
	void unknownCodesRedeemNothing() {
		assertThat(this.codes.redeem("never-issued")).isNull();
	}

	@Test
	void codesExpireAtTheEndOfTheirLifetimeAndAreGoneAfterTheAttempt() {
		String justInTime = this.codes.issue("dana");
		String late = this.codes.issue("alex");
		this.clock.advance(Duration.ofMinutes(10).minusNanos(1));
		assertThat(this.codes.redeem(justInTime)).isEqualTo("dana");
		this.clock.advance(Duration.ofNanos(1));
		assertThat(this.codes.redeem(late)).isNull();
		this.clock.set(TestClock.START);
		assertThat(this.codes.redeem(late)).isNull();
	}

	@Test
	void removeIfWithdrawsTheMatchingCodesOnly() {
		String dana = this.codes.issue("dana");
		String alex = this.codes.issue("alex");
		this.codes.removeIf("dana"::equals);
		assertThat(this.codes.redeem(dana)).isNull();
		assertThat(this.codes.redeem(alex)).isEqualTo("alex");
	}

}
