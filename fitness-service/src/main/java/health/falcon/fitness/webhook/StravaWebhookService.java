package health.falcon.fitness.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import health.falcon.fitness.config.FitnessProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Checks webhook requests and hands events to {@link StravaEventHandler} on a background
 * thread, since Strava wants the 200 within two seconds. One thread keeps events in
 * arrival order (a create before its delete).
 */
@Service
class StravaWebhookService implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(StravaWebhookService.class);

	private final FitnessProperties.Webhook properties;

	private final StravaEventHandler handler;

	private final Executor executor;

	@Autowired
	StravaWebhookService(FitnessProperties properties, StravaEventHandler handler) {
		this(properties, handler, Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "strava-webhook");
			thread.setDaemon(true);
			return thread;
		}));
	}

	StravaWebhookService(FitnessProperties properties, StravaEventHandler handler, Executor executor) {
		this.properties = properties.strava().webhook();
		this.handler = handler;
		this.executor = executor;
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
	 * Accept an event for background processing.
	 * @param event the event
	 * @throws WebhookVerificationFailedException when a subscription id is configured and
	 * the event names another one
	 */
	void accept(StravaEvent event) {
		Long subscriptionId = this.properties.subscriptionId();
		if (subscriptionId != null && !subscriptionId.equals(event.subscriptionId())) {
			throw new WebhookVerificationFailedException("The event is not for this service's subscription.");
		}
		this.executor.execute(() -> handle(event));
	}

	private void handle(StravaEvent event) {
		try {
			this.handler.handle(event);
		}
		catch (RuntimeException ex) {
			logger.warn("Strava {} {} event for object {} failed", event.objectType(), event.aspectType(),
					event.objectId(), ex);
		}
	}

	@Override
	public void destroy() {
		if (this.executor instanceof ExecutorService service) {
			service.shutdown();
		}
	}

}
