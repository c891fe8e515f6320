package health.falcon.fitness.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import health.falcon.fitness.config.FitnessProperties;
import health.falcon.ingest.api.IngestOperations;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Checks webhook requests and turns events into looks that {@link StravaEventHandler}
 * makes on one background thread, since Strava wants the 200 within two seconds. Nothing
 * is trusted: events for athletes nobody connected, and events that ask for nothing, are
 * dropped before queueing; the rest wait in {@link PendingLooks}, bounded and collapsed
 * per owner and object. When it is full the event is still answered 200 (Strava would
 * only retry) but dropped, counted in {@code falcon.fitness.strava.webhook.dropped} and
 * reported at most once per {@code dropped-warning-interval}.
 */
@Service
class StravaWebhookService implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(StravaWebhookService.class);

	private static final String PROVIDER = "strava";

	private final FitnessProperties.Webhook properties;

	private final IngestOperations ingest;

	private final StravaEventHandler handler;

	private final Executor executor;

	private final PendingLooks pending;

	private final AtomicBoolean draining = new AtomicBoolean();

	private final DroppedEvents dropped;

	@Autowired
	StravaWebhookService(FitnessProperties properties, IngestOperations ingest, StravaEventHandler handler, Clock clock,
			ObjectProvider<MeterRegistry> meters) {
		this(properties, ingest, handler, Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "strava-webhook");
			thread.setDaemon(true);
			return thread;
		}), clock, meters.getIfAvailable(SimpleMeterRegistry::new));
	}

	StravaWebhookService(FitnessProperties properties, IngestOperations ingest, StravaEventHandler handler,
			Executor executor, Clock clock, MeterRegistry meters) {
		this.properties = properties.strava().webhook();
		this.ingest = ingest;
		this.handler = handler;
		this.executor = executor;
		this.pending = new PendingLooks(this.properties.queueCapacity());
		this.dropped = new DroppedEvents(meters, clock, this.properties.droppedWarningInterval(),
				this.properties.queueCapacity());
		Gauge.builder("falcon.fitness.strava.webhook.pending", this.pending, PendingLooks::size)
			.description("Looks waiting for the Strava webhook worker")
			.register(meters);
	}

	/**
	 * Check a subscription handshake.
	 * @param mode {@code hub.mode}, must be {@code subscribe}
	 * @param verifyToken {@code hub.verify_token}, must equal the configured token
	 * @throws WebhookVerificationFailedException otherwise, and always when no token is
	 * configured
	 */
	void verify(String mode, String verifyToken) {
		String expected = this.properties.verifyToken();
		boolean tokenMatches = expected != null && !expected.isBlank() && MessageDigest
			.isEqual(expected.getBytes(StandardCharsets.UTF_8), verifyToken.getBytes(StandardCharsets.UTF_8));
		if (!"subscribe".equals(mode) || !tokenMatches) {
			throw new WebhookVerificationFailedException("The subscription handshake was not accepted.");
		}
	}

	/**
	 * Accept an event: queue a look for a connected athlete, drop anything else. Never
	 * changes stored data itself.
	 * @throws WebhookVerificationFailedException when a subscription id is configured and
	 * the event names another one
	 */
	void accept(StravaEvent event) {
		Long subscriptionId = this.properties.subscriptionId();
		if (subscriptionId != null && !subscriptionId.equals(event.subscriptionId())) {
			throw new WebhookVerificationFailedException("The event is not for this service's subscription.");
		}
		Optional<Look.Kind> kind = event.lookKind();
		if (kind.isEmpty()) {
			logger.debug("Ignoring a Strava {} {} event", event.objectType(), event.aspectType());
			return;
		}
		Optional<String> userId = this.ingest.userIdForAccount(PROVIDER, Long.toString(event.ownerId()));
		if (userId.isEmpty()) {
			logger.debug("Dropping a Strava {} event for an athlete nobody connected", event.objectType());
			return;
		}
		switch (this.pending.offer(event.look(userId.get(), kind.get()))) {
			case QUEUED -> startDraining();
			case MERGED -> logger.debug("Merged a Strava {} event into the pending look", event.objectType());
			case FULL -> this.dropped.drop();
		}
	}

	/**
	 * @return how many looks are waiting
	 */
	int pending() {
		return this.pending.size();
	}

	private void startDraining() {
		if (this.draining.compareAndSet(false, true)) {
			try {
				this.executor.execute(this::drain);
			}
			catch (RejectedExecutionException ex) {
				this.draining.set(false);
				logger.debug("The Strava webhook worker is shut down; the pending looks are left");
			}
		}
	}

	private void drain() {
		do {
			for (Look look = this.pending.poll(); look != null; look = this.pending.poll()) {
				handle(look);
			}
			this.draining.set(false);
		}
		while (this.pending.size() > 0 && this.draining.compareAndSet(false, true));
	}

	private void handle(Look look) {
		try {
			this.handler.handle(look);
		}
		catch (RuntimeException ex) {
			logger.warn("A Strava {} look failed", look.kind(), ex);
		}
	}

	@Override
	public void destroy() {
		if (this.executor instanceof ExecutorService service) {
			service.shutdown();
		}
	}

}
