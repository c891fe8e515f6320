package health.falcon.ingest.sync;

import java.io.IOException;
import java.time.Duration;

import health.falcon.ingest.config.IngestProperties;
import health.falcon.ingest.time.Sleeper;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * Spring Framework's bounded exponential {@link RetryPolicy} (with jitter) for I/O
 * faults, whose backoff waits through the kit's {@link Sleeper} and then hands the
 * {@code RetryTemplate} a zero delay, so that tests control every wait.
 */
final class SleeperRetryPolicy implements RetryPolicy {

	private final RetryPolicy delegate;

	private final Sleeper sleeper;

	SleeperRetryPolicy(IngestProperties.Retry retry, Sleeper sleeper) {
		this.delegate = RetryPolicy.builder()
			.maxRetries(retry.maxAttempts() - 1)
			.delay(retry.initialDelay())
			.multiplier(retry.multiplier())
			.maxDelay(retry.maxDelay())
			.jitter(retry.jitter())
			.includes(IOException.class)
			.build();
		this.sleeper = sleeper;
	}

	@Override
	public boolean shouldRetry(Throwable throwable) {
		return this.delegate.shouldRetry(throwable);
	}

	@Override
	public BackOff getBackOff() {
		BackOff backOff = this.delegate.getBackOff();
		return () -> {
			BackOffExecution execution = backOff.start();
			return () -> {
				long delay = execution.nextBackOff();
				if (delay == BackOffExecution.STOP) {
					return delay;
				}
				this.sleeper.sleep(Duration.ofMillis(delay));
				return 0;
			};
		};
	}

}
