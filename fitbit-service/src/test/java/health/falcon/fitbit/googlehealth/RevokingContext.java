package health.falcon.fitbit.googlehealth;

import java.time.Clock;

import health.falcon.ingest.spi.SyncTrigger;
import health.falcon.testsupport.RecordingSyncContext;

import org.springframework.web.client.RestClient;

/**
 * A recording context that also offers what a disconnect needs: the connection's access
 * token and a plain client (no bearer token) for another base URL, like the kit's.
 */
class RevokingContext extends RecordingSyncContext {

	static final String ACCESS_TOKEN = "ya29.a0Af-revoke-me";

	RevokingContext(String baseUrl, Clock clock) {
		super("demo", SyncTrigger.MANUAL, baseUrl, clock);
	}

	@Override
	public String accessToken() {
		return ACCESS_TOKEN;
	}

	@Override
	public RestClient client(String baseUrl) {
		return RestClient.builder().baseUrl(baseUrl).build();
	}

}
