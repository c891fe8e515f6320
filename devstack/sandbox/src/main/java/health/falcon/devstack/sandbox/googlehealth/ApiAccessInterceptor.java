package health.falcon.devstack.sandbox.googlehealth;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import health.falcon.devstack.sandbox.common.FixedWindowCounter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Authenticates every {@code /v4/users/**} request (bearer header or {@code access_token}
 * parameter), counts it against the per-user quota (per UTC minute) and exposes the grant
 * to the controllers as a request attribute.
 */
class ApiAccessInterceptor implements HandlerInterceptor {

	static final String GRANT = "health.falcon.devstack.sandbox.googlehealth.grant";

	private static final String BEARER = "bearer ";

	private final GoogleOAuth oauth;

	private final Clock clock;

	private final int perMinute;

	private final Map<String, FixedWindowCounter> counters = new ConcurrentHashMap<>();

	ApiAccessInterceptor(GoogleOAuth oauth, Clock clock, int perMinute) {
		this.oauth = oauth;
		this.clock = clock;
		this.perMinute = perMinute;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		String token = (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length()))
				? header.substring(BEARER.length()).trim() : request.getParameter("access_token");
		GoogleOAuth.Grant grant = this.oauth.authenticate(token);
		// Every consent belongs to the one demo user, so the quota is counted per user
		FixedWindowCounter counter = this.counters.computeIfAbsent("me",
				(id) -> new FixedWindowCounter(Duration.ofMinutes(1)));
		if (counter.increment(this.clock.instant()) > this.perMinute) {
			throw new GoogleApiException(HttpStatus.TOO_MANY_REQUESTS, "RESOURCE_EXHAUSTED",
					"Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'health.googleapis.com'.",
					"RATE_LIMIT_EXCEEDED", "googleapis.com",
					Map.of("service", "health.googleapis.com", "quota_limit_value", String.valueOf(this.perMinute)));
		}
		request.setAttribute(GRANT, grant);
		return true;
	}

}
