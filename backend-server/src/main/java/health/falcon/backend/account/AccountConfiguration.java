package health.falcon.backend.account;

import health.falcon.backend.erasure.PersonalData;
import health.falcon.data.api.InsightsClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.HttpServiceProxyRegistry;

/**
 * The account erasure over every HTTP service group that serves
 * {@link IngestAccountClient} (declared in the {@code config} package) and every
 * {@link PersonalData} bean.
 */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

	@Bean
	AccountErasure accountErasure(HttpServiceProxyRegistry registry, InsightsClient insights,
			ObjectProvider<PersonalData> personalData) {
		return new AccountErasure(registry, insights, personalData.orderedStream().toList());
	}

}
