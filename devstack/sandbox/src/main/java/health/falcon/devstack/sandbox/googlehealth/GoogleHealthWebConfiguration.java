package health.falcon.devstack.sandbox.googlehealth;

import java.time.Clock;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Applies authentication and the per-user quota to the user-data paths
 * ({@code /google-health/v4/users/**}); OAuth, subscriber and sandbox routes are not
 * counted.
 */
@Configuration(proxyBeanMethods = false)
class GoogleHealthWebConfiguration implements WebMvcConfigurer {

	private final GoogleOAuth oauth;

	private final Clock clock;

	private final GoogleHealthProperties properties;

	GoogleHealthWebConfiguration(GoogleOAuth oauth, Clock clock, GoogleHealthProperties properties) {
		this.oauth = oauth;
		this.clock = clock;
		this.properties = properties;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry
			.addInterceptor(
					new ApiAccessInterceptor(this.oauth, this.clock, this.properties.quota().requestsPerMinute()))
			.addPathPatterns("/google-health/v4/users/**");
	}

}
