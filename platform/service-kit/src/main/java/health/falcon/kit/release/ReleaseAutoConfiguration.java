package health.falcon.kit.release;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.WebFilter;

/**
 * Auto-configuration of the release identity ({@code falcon.release.*}): an info
 * contributor for {@code /actuator/info} and the {@code X-Falcon-Release} header on every
 * response, as a servlet filter ahead of Spring Security in servlet services and as a
 * {@link WebFilter} in reactive ones.
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration")
@EnableConfigurationProperties(ReleaseProperties.class)
public class ReleaseAutoConfiguration {

	@Bean
	Release falconRelease(ReleaseProperties properties, ObjectProvider<BuildProperties> build) {
		return new Release(properties.effectiveVersion(build.getIfAvailable()), properties.colour());
	}

	@Bean
	@ConditionalOnClass(InfoContributor.class)
	InfoContributor falconReleaseInfoContributor(Release release) {
		return new ReleaseInfoContributor(release);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	@ConditionalOnClass({ OncePerRequestFilter.class, FilterRegistrationBean.class })
	static class ServletReleaseHeaderConfiguration {

		@Bean
		FilterRegistrationBean<ReleaseHeaderFilter> falconReleaseHeaderFilter(Release release) {
			FilterRegistrationBean<ReleaseHeaderFilter> registration = new FilterRegistrationBean<>(
					new ReleaseHeaderFilter(release));
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.REACTIVE)
	@ConditionalOnClass(WebFilter.class)
	static class ReactiveReleaseHeaderConfiguration {

		@Bean
		WebFilter falconReleaseHeaderWebFilter(Release release) {
			return new ReleaseHeaderWebFilter(release);
		}

	}

}
