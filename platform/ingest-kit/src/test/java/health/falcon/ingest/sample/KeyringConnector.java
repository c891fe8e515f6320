package health.falcon.ingest.sample;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import health.falcon.ingest.spi.ConnectionMethod;
import health.falcon.ingest.spi.ProviderConnector;
import health.falcon.ingest.spi.RateLimitPolicy;
import health.falcon.ingest.spi.RateWindow;
import health.falcon.ingest.spi.SyncContext;

import org.springframework.http.HttpHeaders;

/**
 * A connector for the fake provider {@code keyring}, connected with a user-supplied
 * session cookie instead of OAuth: each run hands its context to the test's hook.
 */
public class KeyringConnector implements ProviderConnector {

	private final AtomicReference<Consumer<SyncContext>> work = new AtomicReference<>((context) -> {
	});

	public void onSync(Consumer<SyncContext> hook) {
		this.work.set(hook);
	}

	public void reset() {
		onSync((context) -> {
		});
	}

	@Override
	public String providerId() {
		return "keyring";
	}

	@Override
	public ConnectionMethod connectionMethod() {
		return ConnectionMethod.USER_CREDENTIAL;
	}

	@Override
	public RateLimitPolicy rateLimitPolicy() {
		return new RateLimitPolicy() {

			@Override
			public List<RateWindow> windows(HttpHeaders headers, Instant now) {
				return List.of();
			}

			@Override
			public Instant retryAt(HttpHeaders headers, Instant now) {
				return now.plusSeconds(60);
			}

		};
	}

	@Override
	public void sync(SyncContext context) {
		this.work.get().accept(context);
	}

	@Override
	public long purge(String userId) {
		return 0;
	}

}
