package health.falcon.devstack.sandbox.dropbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * Rate limiting on demand: the next {@code count} authenticated API and content calls
 * answer 429 as Dropbox does, so that a connector's back-off can be tried by hand or in a
 * system test. Dropbox publishes no fixed numbers, so nothing is counted otherwise.
 */
@Component
class RateLimitFaults {

	private final AtomicReference<Pending> pending = new AtomicReference<>(new Pending(0, 1));

	/**
	 * Arms the fault.
	 * @param count how many calls to refuse, 0 to disarm
	 * @param retryAfterSeconds the wait each refusal asks for
	 */
	void arm(int count, int retryAfterSeconds) {
		this.pending.set(new Pending(count, retryAfterSeconds));
	}

	/**
	 * Refuses this call when the fault is armed, counting it down.
	 * @throws TooManyRequestsException while calls remain to be refused
	 */
	void check() {
		Pending before = this.pending.getAndUpdate(
				(current) -> (current.count() > 0) ? new Pending(current.count() - 1, current.retryAfter()) : current);
		if (before.count() > 0) {
			throw new TooManyRequestsException(before.retryAfter());
		}
	}

	Map<String, Object> state() {
		Pending current = this.pending.get();
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("remaining", current.count());
		state.put("retryAfter", current.retryAfter());
		return state;
	}

	private record Pending(int count, int retryAfter) {
	}

}
