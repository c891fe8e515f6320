package health.falcon.dropbox.sync;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * Creates a {@link DropboxApi} over the {@link RestClient} a run gets from the ingest
 * kit. Not an {@code @ImportHttpServices} group: each run's client carries that
 * connection's bearer token and feeds the kit's rate budget, so the proxy is made per
 * run.
 */
@Component
class DropboxClients {

	DropboxApi create(RestClient restClient) {
		return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(restClient))
			.build()
			.createClient(DropboxApi.class);
	}

}
