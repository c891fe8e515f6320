package health.falcon.devstack.sandbox.strava;

import java.time.Clock;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Posts webhook events to the subscription's callback, synchronously, with up to the
 * configured number of attempts (immediately one after another: the sandbox is for local
 * use and the caller wants the outcome).
 */
@Component
class WebhookPublisher {

	private static final Logger logger = LoggerFactory.getLogger(WebhookPublisher.class);

	private final PushSubscriptions subscriptions;

	private final RestClient http;

	private final Clock clock;

	private final int attempts;

	WebhookPublisher(PushSubscriptions subscriptions, WebhookHttp http, Clock clock, StravaProperties properties) {
		this.subscriptions = subscriptions;
		this.http = http.client();
		this.clock = clock;
		this.attempts = properties.webhooks().attempts();
	}

	/**
	 * Publishes an event when a subscription exists.
	 * @param objectType {@code activity} or {@code athlete}
	 * @param aspectType {@code create}, {@code update} or {@code delete}
	 * @param updates changed fields
	 * @param ownerId the athlete
	 * @return the outcome, never {@code null}
	 */
	Delivery publish(String objectType, long objectId, String aspectType, Map<String, String> updates, long ownerId) {
		PushSubscriptions.Subscription subscription = this.subscriptions.current().orElse(null);
		if (subscription == null) {
			return new Delivery(false, null, 0, null);
		}
		WebhookEvent event = new WebhookEvent(objectType, objectId, aspectType, updates, ownerId, subscription.id(),
				this.clock.instant().getEpochSecond());
		Integer status = null;
		for (int attempt = 1; attempt <= this.attempts; attempt++) {
			status = post(subscription.callbackUrl(), event);
			if (status != null && status >= 200 && status < 300) {
				return new Delivery(true, status, attempt, event);
			}
		}
		logger.info("Strava sandbox: event {} {} {} not accepted by {} (last status {})", objectType, aspectType,
				objectId, subscription.callbackUrl(), status);
		return new Delivery(false, status, this.attempts, event);
	}

	private @Nullable Integer post(String callbackUrl, WebhookEvent event) {
		try {
			return this.http.post()
				.uri(callbackUrl)
				.contentType(MediaType.APPLICATION_JSON)
				.body(event)
				.retrieve()
				.toBodilessEntity()
				.getStatusCode()
				.value();
		}
		catch (RestClientResponseException ex) {
			return ex.getStatusCode().value();
		}
		catch (RestClientException | IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The outcome of a publication.
	 *
	 * @param delivered whether the callback answered 2xx
	 * @param status the callback's last HTTP status, {@code null} when none or
	 * unreachable
	 * @param attempts attempts made (0 without a subscription)
	 * @param event the event sent, {@code null} without a subscription
	 */
	record Delivery(boolean delivered, @Nullable Integer status, int attempts, @Nullable WebhookEvent event) {

	}

}
