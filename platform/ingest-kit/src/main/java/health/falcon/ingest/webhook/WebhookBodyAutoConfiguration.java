package health.falcon.ingest.webhook;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Provides {@link WebhookBodies} in every servlet service that uses the ingest kit, and
 * in its {@code @WebMvcTest} slices.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
@EnableConfigurationProperties(WebhookProperties.class)
public class WebhookBodyAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	WebhookBodies falconWebhookBodies(WebhookProperties properties) {
		return new WebhookBodies(properties);
	}

}
