package health.falcon.devstack.sandbox.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Single-use authorization codes in memory, each bound to what the user approved and
 * valid for a fixed time after it was issued.
 *
 * @param <T> what a code grants (the provider's own record)
 */
public final class AuthorizationCodes<T> {

	private final Map<String, Pending<T>> codes = new ConcurrentHashMap<>();

	private final Clock clock;

	private final Duration timeToLive;

	private final Supplier<String> generator;

	/**
	 * Creates an empty store.
	 * @param timeToLive how long a code stays valid
	 * @param generator makes a new, unguessable code in the provider's format
	 */
	public AuthorizationCodes(Clock clock, Duration timeToLive, Supplier<String> generator) {
		this.clock = clock;
		this.timeToLive = timeToLive;
		this.generator = generator;
	}

	/**
	 * Issues a code.
	 * @param grant what the code grants
	 */
	public String issue(T grant) {
		String code = this.generator.get();
		this.codes.put(code, new Pending<>(grant, this.clock.instant().plus(this.timeToLive)));
		return code;
	}

	/**
	 * Redeems a code: it is gone afterwards, valid or not.
	 * @return what it grants, or {@code null} when it is unknown, used or expired
	 */
	public @Nullable T redeem(String code) {
		Pending<T> pending = this.codes.remove(code);
		if (pending == null || !this.clock.instant().isBefore(pending.expiresAt())) {
			return null;
		}
		return pending.grant();
	}

	/**
	 * Withdraws the codes whose grant matches.
	 * @param filter which grants to withdraw
	 */
	public void removeIf(Predicate<? super T> filter) {
		this.codes.values().removeIf((pending) -> filter.test(pending.grant()));
	}

	private record Pending<T>(T grant, Instant expiresAt) {

	}

}
