package health.falcon.kit.web;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Auto-configuration of the request body limit ({@code falcon.web.*}) for servlet
 * services: a filter ahead of Spring Security and of every filter that may read a body
 * (such as Spring's form content filter), whose 413 answers are rendered by the kit's
 * problem handling.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass({ DispatcherServlet.class, FilterRegistrationBean.class })
@EnableConfigurationProperties(BodyLimitProperties.class)
public class BodyLimitAutoConfiguration {

	/** The filter's order: after the character encoding and observation filters. */
	public static final int ORDER = OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 10000;

	@Bean
	FilterRegistrationBean<BodyLimitFilter> falconBodyLimitFilter(BodyLimitProperties properties,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
		FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(
				new BodyLimitFilter(new BodyLimits(properties), resolver));
		registration.setOrder(ORDER);
		return registration;
	}

}
