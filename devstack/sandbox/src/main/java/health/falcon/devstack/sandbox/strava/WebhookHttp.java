package health.falcon.devstack.sandbox.strava;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The HTTP client for webhook handshakes and deliveries, with Strava's short timeouts and
 * without following redirects.
 */
@Component
class WebhookHttp {

	private final RestClient client;

	WebhookHttp(RestClient.Builder builder, StravaProperties properties) {
		SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
		requestFactory.setConnectTimeout(properties.webhooks().timeout());
		requestFactory.setReadTimeout(properties.webhooks().timeout());
		this.client = builder.clone().requestFactory(requestFactory).build();
	}

	RestClient client() {
		return this.client;
	}

}
