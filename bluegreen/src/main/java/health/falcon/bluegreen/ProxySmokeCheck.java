package health.falcon.bluegreen;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpResponse;

/**
 * The smoke check from outside the cluster (a Jenkins agent): the same GET, sent through
 * the API server's service proxy
 * ({@code /api/v1/namespaces/<ns>/services/<svc>-preview:<port>/proxy/<path>}) with the
 * kubeconfig's credentials. It needs {@code get} on {@code services/proxy}.
 */
final class ProxySmokeCheck {

	private final Duration timeout;

	ProxySmokeCheck(Duration timeout) {
		this.timeout = timeout;
	}

	/**
	 * The API path of the check.
	 * @param namespace the namespace
	 * @param service the preview Service
	 * @param portName the port's name
	 * @param path the path to GET behind the Service
	 * @return the path relative to the API server's root, without a leading slash
	 */
	static String proxyPath(String namespace, String service, String portName, String path) {
		return "api/v1/namespaces/%s/services/%s:%s/proxy%s".formatted(namespace, service, portName,
				path.startsWith("/") ? path : "/" + path);
	}

	/**
	 * Runs the check.
	 * @param client the client of the cluster (its configuration is reused without
	 * retries, so that a 503 answers at once)
	 * @param apiPath the path from {@link #proxyPath}
	 * @return the status code (2xx)
	 * @throws SmokeCheckFailedException on a non-2xx answer or no answer
	 */
	int check(KubernetesClient client, String apiPath) {
		String url = client.getMasterUrl().toString().replaceAll("/+$", "") + "/" + apiPath;
		try (KubernetesClient once = new KubernetesClientBuilder()
			.withConfig(new ConfigBuilder(client.getConfiguration()).withRequestRetryBackoffLimit(0).build())
			.build()) {
			HttpClient http = once.getHttpClient();
			HttpResponse<String> response = http
				.sendAsync(http.newHttpRequestBuilder()
					.uri(url)
					.timeout(this.timeout.toMillis(), TimeUnit.MILLISECONDS)
					.build(), String.class)
				.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
			if (!response.isSuccessful()) {
				throw new SmokeCheckFailedException(
						"smoke check GET %s (through the API server) answered %d".formatted(url, response.code()));
			}
			return response.code();
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new SmokeCheckFailedException(
					"smoke check GET %s (through the API server) failed: %s".formatted(url, ex));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SmokeCheckFailedException("smoke check GET %s interrupted".formatted(url));
		}
	}

}
