package health.falcon.backend.config;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link ReadCachingFilter} for the read endpoints ({@link ReadPaths}) only, so
 * that {@code /api/me}, the connections and every write keep Spring Security's
 * {@code no-store}. The filter runs inside the security filter chain (its default order),
 * so only an authenticated request reaches it.
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfiguration {

	@Bean
	FilterRegistrationBean<ReadCachingFilter> readCachingFilter() {
		FilterRegistrationBean<ReadCachingFilter> registration = new FilterRegistrationBean<>(new ReadCachingFilter());
		registration.setUrlPatterns(ReadPaths.PATTERNS);
		return registration;
	}

}
