package health.falcon.devstack.sandbox.googlehealth;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import health.falcon.devstack.sandbox.common.RandomTokens;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Registered subscribers. Creating one first verifies the endpoint as Google does: a
 * {@code {"type":"verification"}} POST with {@code Authorization: <secret>} must get 201
 * (200 tolerated), and the same POST without it must get 401 or 403.
 */
@Component
class Subscribers {

	private static final Logger logger = LoggerFactory.getLogger(Subscribers.class);

	private static final byte[] VERIFICATION = "{\"type\":\"verification\"}".getBytes(StandardCharsets.UTF_8);

	private final Map<String, Subscriber> subscribers = new ConcurrentHashMap<>();

	private final RestClient http;

	Subscribers(RestClient.Builder builder, GoogleHealthProperties properties) {
		SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
		requestFactory.setConnectTimeout(properties.webhooks().timeout());
		requestFactory.setReadTimeout(properties.webhooks().timeout());
		this.http = builder.clone().requestFactory(requestFactory).build();
	}

	Subscriber create(String project, @Nullable String subscriberId, String endpointUri, String secret,
			List<String> dataTypes) {
		int withSecret = post(endpointUri, VERIFICATION, secret, null);
		int withoutSecret = post(endpointUri, VERIFICATION, null, null);
		if ((withSecret != 201 && withSecret != 200) || (withoutSecret != 401 && withoutSecret != 403)) {
			throw new GoogleApiException(HttpStatus.BAD_REQUEST, "FAILED_PRECONDITION",
					"Endpoint verification failed: expected 201 with the secret and 401/403 without it, got "
							+ withSecret + " and " + withoutSecret + ".",
					"ENDPOINT_VERIFICATION_FAILED", "health.googleapis.com", Map.of("endpointUri", endpointUri));
		}
		String id = (subscriberId != null && !subscriberId.isBlank()) ? subscriberId : "sub-" + RandomTokens.hex(6);
		Subscriber subscriber = new Subscriber("projects/" + project + "/subscribers/" + id, id, endpointUri, secret,
				List.copyOf(dataTypes));
		this.subscribers.put(subscriber.name(), subscriber);
		logger.info("Google Health sandbox: subscriber {} verified at {}", subscriber.name(), endpointUri);
		return subscriber;
	}

	Collection<Subscriber> all() {
		return this.subscribers.values();
	}

	boolean delete(String name) {
		return this.subscribers.remove(name) != null;
	}

	/**
	 * Posts a body and returns the status, never throwing for HTTP errors.
	 * @param uri the endpoint
	 * @param body JSON bytes
	 * @param authorization the {@code Authorization} value, or {@code null}
	 * @param signature the {@code X-HEALTHAPI-SIGNATURE} value, or {@code null}
	 * @return the status, or 0 when the endpoint could not be reached
	 */
	int post(String uri, byte[] body, @Nullable String authorization, @Nullable String signature) {
		try {
			return this.http.post().uri(uri).contentType(MediaType.APPLICATION_JSON).headers((headers) -> {
				if (authorization != null) {
					headers.set(HttpHeaders.AUTHORIZATION, authorization);
				}
				if (signature != null) {
					headers.set(NotificationSigner.HEADER, signature);
				}
			}).body(body).exchange((request, response) -> response.getStatusCode().value());
		}
		catch (RestClientException | IllegalArgumentException ex) {
			logger.info("Google Health sandbox: POST to {} failed: {}", uri, ex.getMessage());
			return 0;
		}
	}

	/**
	 * A subscriber.
	 *
	 * @param name {@code projects/{project}/subscribers/{id}}
	 * @param endpointUri where notifications go
	 * @param secret the registered {@code Authorization} value
	 * @param dataTypes data types notified (empty: all)
	 */
	record Subscriber(String name, String id, String endpointUri, String secret, List<String> dataTypes) {

		boolean wants(String dataType) {
			return this.dataTypes.isEmpty() || this.dataTypes.contains(dataType);
		}

	}

}
