package health.falcon.devstack.sandbox.strava;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import health.falcon.devstack.sandbox.common.RandomTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The application's one push subscription (Strava allows one per application), created
 * only after the callback passes the validation handshake.
 */
@Component
class PushSubscriptions {

	private static final Logger logger = LoggerFactory.getLogger(PushSubscriptions.class);

	private final AtomicReference<Subscription> current = new AtomicReference<>();

	private final AtomicLong nextId = new AtomicLong(120_000);

	private final RestClient http;

	private final Clock clock;

	PushSubscriptions(WebhookHttp http, Clock clock) {
		this.http = http.client();
		this.clock = clock;
	}

	/**
	 * Validates the callback
	 * ({@code GET ?hub.mode=subscribe&hub.challenge=..&hub.verify_token=..} must answer
	 * 200 with the challenge echoed) and creates the subscription.
	 * @param verifyToken the token echoed to the callback
	 * @throws StravaFaultException 400 when one exists or the callback fails the
	 * handshake
	 */
	synchronized Subscription create(String callbackUrl, String verifyToken) {
		if (this.current.get() != null) {
			throw new StravaFaultException(HttpStatus.BAD_REQUEST,
					Fault.badRequest("PushSubscription", "", "already exists"));
		}
		if (!handshake(callbackUrl, verifyToken)) {
			throw new StravaFaultException(HttpStatus.BAD_REQUEST,
					Fault.badRequest("PushSubscription", "callback url", "not verifiable"));
		}
		Instant now = this.clock.instant();
		Subscription subscription = new Subscription(this.nextId.getAndIncrement(), callbackUrl, now);
		this.current.set(subscription);
		logger.info("Strava sandbox: push subscription {} to {}", subscription.id(), callbackUrl);
		return subscription;
	}

	Optional<Subscription> current() {
		return Optional.ofNullable(this.current.get());
	}

	boolean delete(long id) {
		Subscription subscription = this.current.get();
		return subscription != null && subscription.id() == id && this.current.compareAndSet(subscription, null);
	}

	private boolean handshake(String callbackUrl, String verifyToken) {
		String challenge = RandomTokens.hex(16);
		try {
			URI uri = UriComponentsBuilder.fromUriString(callbackUrl)
				.queryParam("hub.mode", "subscribe")
				.queryParam("hub.challenge", challenge)
				.queryParam("hub.verify_token", "{token}")
				.encode()
				.buildAndExpand(verifyToken)
				.toUri();
			ResponseEntity<Map<String, Object>> response = this.http.get()
				.uri(uri)
				.retrieve()
				.toEntity(new ParameterizedTypeReference<>() {
				});
			Map<String, Object> body = response.getBody();
			return response.getStatusCode().value() == 200 && body != null
					&& challenge.equals(body.get("hub.challenge"));
		}
		catch (RestClientException | IllegalArgumentException ex) {
			logger.info("Strava sandbox: callback {} failed the handshake: {}", callbackUrl, ex.getMessage());
			return false;
		}
	}

	/**
	 * A push subscription.
	 *
	 * @param callbackUrl where events are posted
	 * @param createdAt creation time
	 */
	record Subscription(long id, String callbackUrl, Instant createdAt) {

	}

}
