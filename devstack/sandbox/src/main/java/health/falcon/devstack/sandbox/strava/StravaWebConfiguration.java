package health.falcon.devstack.sandbox.strava;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Applies the rate limit to the Strava API paths ({@code /strava/api/v3/**}); OAuth and
 * sandbox control routes are not counted.
 */
@Configuration(proxyBeanMethods = false)
class StravaWebConfiguration implements WebMvcConfigurer {

	private final RateLimiter limiter;

	StravaWebConfiguration(RateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new RateLimitInterceptor(this.limiter))
			.addPathPatterns("/strava/api/v3/**")
			.excludePathPatterns("/strava/api/v3/oauth/**");
	}

}
