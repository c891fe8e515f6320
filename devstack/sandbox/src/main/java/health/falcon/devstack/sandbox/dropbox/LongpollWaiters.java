package health.falcon.devstack.sandbox.dropbox;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The longpolls waiting per account; each is re-checked when the account's files change
 * and dropped once it reports that it has answered.
 */
@Component
class LongpollWaiters {

	private final Map<String, Set<BooleanSupplier>> waiting = new ConcurrentHashMap<>();

	void add(String accountId, BooleanSupplier check) {
		this.waiting.computeIfAbsent(accountId, (id) -> ConcurrentHashMap.newKeySet()).add(check);
	}

	void remove(String accountId, BooleanSupplier check) {
		Set<BooleanSupplier> checks = this.waiting.get(accountId);
		if (checks != null) {
			checks.remove(check);
		}
	}

	int count() {
		return this.waiting.values().stream().mapToInt(Set::size).sum();
	}

	@EventListener
	void filesChanged(DropboxFilesChanged event) {
		Set<BooleanSupplier> checks = this.waiting.get(event.account().accountId());
		if (checks != null) {
			Set.copyOf(checks).stream().filter(BooleanSupplier::getAsBoolean).forEach(checks::remove);
		}
	}

}
