package health.falcon.ingest.sync;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import health.falcon.ingest.oauth.AccessTokens;
import health.falcon.ingest.oauth.ReconnectRequiredException;
import health.falcon.ingest.ratelimit.RateBudget;
import health.falcon.ingest.ratelimit.RateLimitDeferredException;
import health.falcon.ingest.spi.RateLimitPolicy;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Every provider API call of one connection: take a request from the rate budget (waiting
 * or deferring), add the bearer token (refreshed when due), feed the response's
 * rate-limit headers back into the budget, wait out a 429, mark the connection
 * {@code NEEDS_RECONNECT} on a 401, and retry idempotent requests on 5xx and I/O faults
 * with bounded exponential backoff. Without {@code bearer} (a connector's plain client)
 * no token is added and a 401 goes back to the connector.
 */
class ProviderCallInterceptor implements ClientHttpRequestInterceptor {

	private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

	private static final int MAX_TOO_MANY_REQUESTS = 3;

	private static final int MAX_BODY_READ = 8192;

	private final String connectionId;

	private final String provider;

	private final RateLimitPolicy policy;

	private final ApiSupport support;

	private final boolean bearer;

	ProviderCallInterceptor(String connectionId, String provider, RateLimitPolicy policy, ApiSupport support,
			boolean bearer) {
		this.connectionId = connectionId;
		this.provider = provider;
		this.policy = policy;
		this.support = support;
		this.bearer = bearer;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		if (!IDEMPOTENT.contains(request.getMethod())) {
			return send(request, body, execution, false);
		}
		try {
			return this.support.retryTemplate().execute(() -> send(request, body, execution, true));
		}
		catch (RetryException ex) {
			Throwable last = ex.getLastException();
			if (last instanceof IOException io) {
				throw io;
			}
			if (last instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IOException(ex);
		}
	}

	private ClientHttpResponse send(HttpRequest request, byte[] body, ClientHttpRequestExecution execution,
			boolean retryable) throws IOException {
		for (int tooMany = 0;; tooMany++) {
			this.support.budget().acquire(this.provider);
			if (this.bearer) {
				request.getHeaders().setBearerAuth(this.support.tokens().accessToken(this.connectionId));
			}
			ClientHttpResponse response = execution.execute(request, body);
			Instant now = clock().instant();
			this.support.budget().record(this.provider, this.policy.windows(response.getHeaders(), now));
			int status = response.getStatusCode().value();
			if (status == 429) {
				Instant retryAt = this.policy.retryAt(response.getHeaders(), bodyStart(response), now);
				response.close();
				this.support.budget().blockUntil(this.provider, retryAt);
				if (tooMany >= MAX_TOO_MANY_REQUESTS) {
					throw new RateLimitDeferredException(this.provider, retryAt);
				}
				continue;
			}
			if (status == 401 && this.bearer) {
				response.close();
				this.support.tokens().refused(this.connectionId, "api-unauthorized");
				throw new ReconnectRequiredException("api-unauthorized");
			}
			if (retryable && response.getStatusCode().is5xxServerError()) {
				response.close();
				throw new TransientResponseException(status);
			}
			return response;
		}
	}

	private Clock clock() {
		return this.support.clock();
	}

	/**
	 * The collaborators shared by every connection's interceptor.
	 *
	 * @param retryTemplate the retry template for idempotent calls
	 */
	record ApiSupport(RateBudget budget, AccessTokens tokens, RetryTemplate retryTemplate, Clock clock) {

	}

	private static byte[] bodyStart(ClientHttpResponse response) {
		try {
			return response.getBody().readNBytes(MAX_BODY_READ);
		}
		catch (IOException ex) {
			// a 429 without a readable body: the headers decide
			return new byte[0];
		}
	}

}
