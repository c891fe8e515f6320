package health.falcon.devstack.sandbox.strava;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Counts every Strava API request, adds the {@code X-RateLimit-*} and
 * {@code X-ReadRateLimit-*} headers, and refuses requests over the limit with 429 and a
 * Fault (no {@code Retry-After}, as on Strava).
 */
class RateLimitInterceptor implements HandlerInterceptor {

	private final RateLimiter limiter;

	RateLimitInterceptor(RateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		RateLimiter.Usage usage = this.limiter.count();
		response.setHeader("X-RateLimit-Limit", usage.limitHeader());
		response.setHeader("X-RateLimit-Usage", usage.usageHeader());
		response.setHeader("X-ReadRateLimit-Limit", usage.readLimitHeader());
		response.setHeader("X-ReadRateLimit-Usage", usage.usageHeader());
		if (usage.exceeded()) {
			throw new StravaFaultException(HttpStatus.TOO_MANY_REQUESTS,
					Fault.of("Rate Limit Exceeded", "Application", "rate limit", "exceeded"));
		}
		return true;
	}

}
