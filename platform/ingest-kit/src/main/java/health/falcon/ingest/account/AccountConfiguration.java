package health.falcon.ingest.account;

import java.time.Clock;

import health.falcon.ingest.config.IngestProperties;
import health.falcon.ingest.connection.ConnectionStore;
import health.falcon.ingest.imports.FileImports;
import health.falcon.ingest.provider.ProviderConnectors;
import health.falcon.ingest.sync.ConnectionLifecycle;
import health.falcon.ingest.time.Sleeper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The {@code DELETE /account/data} endpoint and the erasure behind it. File imports are
 * cancelled when the service has them.
 */
@Configuration(proxyBeanMethods = false)
public class AccountConfiguration {

	@Bean
	AccountErasure falconIngestAccountErasure(ProviderConnectors connectors, ConnectionLifecycle lifecycle,
			ConnectionStore store, MongoOperations mongo, ObjectProvider<FileImports> imports,
			ObjectProvider<AccountData> accountData, Clock clock, Sleeper sleeper, IngestProperties properties) {
		return new AccountErasure(connectors, lifecycle, store, mongo, imports.getIfAvailable(),
				accountData.orderedStream().toList(), clock, sleeper, properties.lease());
	}

	@Bean
	AccountController falconIngestAccountController(AccountErasure erasure) {
		return new AccountController(erasure);
	}

}
