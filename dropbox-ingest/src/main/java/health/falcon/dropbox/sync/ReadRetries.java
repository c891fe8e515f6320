package health.falcon.dropbox.sync;

import java.time.Duration;
import java.util.function.Supplier;

import health.falcon.ingest.config.IngestProperties;
import health.falcon.ingest.time.Sleeper;

import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

/**
 * Bounded exponential backoff for Dropbox's read-only POST routes (list, continue,
 * download) on 5xx and I/O faults. The kit retries only GET, HEAD and OPTIONS, while
 * every Dropbox route is a POST; these ones change nothing, so repeating them is safe.
 * Uses the kit's {@code falcon.ingest.retry.*} settings and its {@link Sleeper}, so tests
 * control every wait.
 */
@Component
class ReadRetries {

	private final IngestProperties.Retry retry;

	private final Sleeper sleeper;

	ReadRetries(IngestProperties properties, Sleeper sleeper) {
		this.retry = properties.retry();
		this.sleeper = sleeper;
	}

	<T> T call(Supplier<T> call) {
		Duration delay = this.retry.initialDelay();
		for (int attempt = 1;; attempt++) {
			try {
				return call.get();
			}
			catch (HttpServerErrorException | ResourceAccessException ex) {
				if (attempt >= this.retry.maxAttempts()) {
					throw ex;
				}
				this.sleeper.sleep(delay);
				long next = (long) (delay.toMillis() * this.retry.multiplier());
				delay = Duration.ofMillis(Math.min(next, this.retry.maxDelay().toMillis()));
			}
		}
	}

}
