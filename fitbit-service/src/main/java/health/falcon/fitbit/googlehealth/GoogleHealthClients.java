package health.falcon.fitbit.googlehealth;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * Creates a {@link GoogleHealthApi} over the {@link RestClient} a run gets from the
 * ingest kit, and a {@link GoogleOAuthApi} over the kit's plain client for the OAuth
 * host. Not an {@code @ImportHttpServices} group: each run's client carries that
 * connection's bearer token and feeds the kit's rate budget, so the proxy is made per
 * run.
 */
@Component
class GoogleHealthClients {

	GoogleHealthApi create(RestClient restClient) {
		return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(restClient))
			.build()
			.createClient(GoogleHealthApi.class);
	}

	GoogleOAuthApi oauth(RestClient restClient) {
		return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(restClient))
			.build()
			.createClient(GoogleOAuthApi.class);
	}

}
