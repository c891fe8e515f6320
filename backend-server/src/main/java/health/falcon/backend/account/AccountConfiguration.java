package health.falcon.backend.account;

import health.falcon.backend.erasure.PersonalData;
import health.falcon.backend.erasure.RestorablePersonalData;
import health.falcon.data.api.InsightsClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.HttpServiceProxyRegistry;

/**
 * The account erasure over every HTTP service group that serves
 * {@link IngestAccountClient} (declared in {@link IngestServicesConfiguration}) and every
 * {@link PersonalData} bean, and the one-step restore over the same groups'
 * {@link IngestImportClient} and every {@link RestorablePersonalData} bean.
 */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

	@Bean
	AccountErasure accountErasure(HttpServiceProxyRegistry registry, InsightsClient insights,
			ObjectProvider<PersonalData> personalData) {
		return new AccountErasure(registry, insights, personalData.orderedStream().toList());
	}

	@Bean
	AccountRestore accountRestore(HttpServiceProxyRegistry registry, ObjectProvider<RestorablePersonalData> stores,
			RestoreProperties properties) {
		return new AccountRestore(registry, IngestServicesConfiguration.IMPORT_PROVIDERS,
				stores.orderedStream().toList(), properties);
	}

}
