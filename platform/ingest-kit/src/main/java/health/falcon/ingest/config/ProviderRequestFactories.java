package health.falcon.ingest.config;

import java.net.http.HttpClient;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * The HTTP client of every provider call (API and token endpoint), with the timeouts of
 * {@code falcon.ingest.http.*}. HTTP/1.1 only: providers speak it, and it keeps a reset
 * connection a plain I/O fault.
 */
public final class ProviderRequestFactories {

	private ProviderRequestFactories() {
	}

	/**
	 * Create a request factory.
	 * @param http the timeouts
	 * @return a request factory over the JDK HTTP client
	 */
	public static ClientHttpRequestFactory create(IngestProperties.Http http) {
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(http.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
		factory.setReadTimeout(http.readTimeout());
		return factory;
	}

}
