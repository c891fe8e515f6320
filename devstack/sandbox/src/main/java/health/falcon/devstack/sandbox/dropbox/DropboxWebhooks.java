package health.falcon.devstack.sandbox.dropbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import health.falcon.devstack.sandbox.common.RandomTokens;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Dropbox webhooks: the one registered URI (verified with {@code GET ?challenge=}), and a
 * signed {@code {"list_folder": ..., "delta": ...}} notification after every change to an
 * account's files, delivered on a background thread with exponential-backoff retries.
 */
@Component
class DropboxWebhooks {

	private static final Logger logger = LoggerFactory.getLogger(DropboxWebhooks.class);

	private static final int HISTORY = 20;

	private final AtomicReference<@Nullable String> uri = new AtomicReference<>();

	private final Deque<Delivery> deliveries = new ArrayDeque<>();

	private final DropboxProperties properties;

	private final DropboxScheduler scheduler;

	private final RestClient http;

	DropboxWebhooks(DropboxProperties properties, DropboxScheduler scheduler, RestClient.Builder builder) {
		this.properties = properties;
		this.scheduler = scheduler;
		SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
		requestFactory.setConnectTimeout(properties.webhooks().timeout());
		requestFactory.setReadTimeout(properties.webhooks().timeout());
		this.http = builder.clone().requestFactory(requestFactory).build();
		this.uri.set(properties.webhookUri().isBlank() ? null : properties.webhookUri());
	}

	/**
	 * Verifies and enables a webhook URI, replacing the current one.
	 * @param candidate the URI
	 * @throws WebhookVerificationException when it does not echo the challenge
	 */
	void register(String candidate) {
		String challenge = RandomTokens.hex(16);
		String echoed;
		try {
			URI verification = UriComponentsBuilder.fromUriString(candidate)
				.queryParam("challenge", challenge)
				.build()
				.toUri();
			echoed = this.http.get().uri(verification).retrieve().body(String.class);
		}
		catch (RestClientException | IllegalArgumentException ex) {
			throw new WebhookVerificationException("the verification request failed: " + ex.getMessage());
		}
		if (!challenge.equals(echoed)) {
			throw new WebhookVerificationException("the response body was not the challenge");
		}
		this.uri.set(candidate);
		logger.info("Dropbox sandbox: webhook enabled for {}", candidate);
	}

	/**
	 * Turns webhooks off and forgets the delivery history.
	 */
	synchronized void disable() {
		this.uri.set(null);
		this.deliveries.clear();
	}

	@Nullable String uri() {
		return this.uri.get();
	}

	synchronized List<Delivery> deliveries() {
		return List.copyOf(this.deliveries);
	}

	@EventListener
	void filesChanged(DropboxFilesChanged event) {
		String target = this.uri.get();
		if (target == null) {
			return;
		}
		DropboxAccount account = event.account();
		byte[] body = ("{\"list_folder\":{\"accounts\":[\"" + account.accountId() + "\"]},\"delta\":{\"users\":["
				+ account.uid() + "]}}")
			.getBytes(StandardCharsets.UTF_8);
		String signature = WebhookSignature.sign(this.properties.clientSecret(), body);
		this.scheduler.schedule(() -> deliver(target, body, signature, 1), Duration.ZERO);
	}

	private void deliver(String target, byte[] body, String signature, int attempt) {
		Integer status = post(target, body, signature);
		boolean delivered = status != null && status >= 200 && status < 300;
		if (delivered || attempt >= this.properties.webhooks().attempts()) {
			record(new Delivery(target, new String(body, StandardCharsets.UTF_8), delivered, status, attempt));
			if (!delivered) {
				logger.info("Dropbox sandbox: webhook to {} failed after {} attempts (last status {})", target, attempt,
						status);
			}
			return;
		}
		Duration backoff = this.properties.webhooks().initialBackoff().multipliedBy(1L << (attempt - 1));
		this.scheduler.schedule(() -> deliver(target, body, signature, attempt + 1), backoff);
	}

	private @Nullable Integer post(String target, byte[] body, String signature) {
		try {
			return this.http.post()
				.uri(target)
				.contentType(MediaType.APPLICATION_JSON)
				.header("X-Dropbox-Signature", signature)
				.body(body)
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

	private synchronized void record(Delivery delivery) {
		if (this.deliveries.size() == HISTORY) {
			this.deliveries.removeFirst();
		}
		this.deliveries.addLast(delivery);
	}

	/**
	 * The outcome of one notification.
	 *
	 * @param uri where it went
	 * @param body the JSON sent
	 * @param delivered whether a 2xx came back
	 * @param status the last HTTP status, {@code null} when unreachable
	 * @param attempts attempts made
	 */
	record Delivery(String uri, String body, boolean delivered, @Nullable Integer status, int attempts) {

	}

}
