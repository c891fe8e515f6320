package health.falcon.ingest.sync;

import java.time.Clock;

import health.falcon.ingest.config.IngestProperties;
import health.falcon.ingest.config.ProviderRequestFactories;
import health.falcon.ingest.connection.ConnectionRepository;
import health.falcon.ingest.connection.ConnectionStore;
import health.falcon.ingest.crypto.TokenCipher;
import health.falcon.ingest.oauth.AccessTokens;
import health.falcon.ingest.provider.ProviderConnectors;
import health.falcon.ingest.ratelimit.RateBudget;
import health.falcon.ingest.time.Sleeper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

/**
 * The run beans: runner, leases, contexts, the provider API client, archive and runs.
 */
@Configuration(proxyBeanMethods = false)
public class SyncConfiguration {

	@Bean
	SyncRunRepository falconIngestSyncRunRepository(MongoOperations mongo) {
		return new MongoRepositoryFactory(mongo).getRepository(SyncRunRepository.class);
	}

	@Bean
	SyncExecutor falconIngestSyncExecutor(IngestProperties properties) {
		return new SyncExecutor(properties.sync());
	}

	@Bean
	SyncContexts falconIngestSyncContexts(ProviderConnectors connectors, ConnectionStore store, MongoOperations mongo,
			RateBudget budget, AccessTokens tokens, Sleeper sleeper, Clock clock, IngestProperties properties) {
		RetryTemplate retry = new RetryTemplate(new SleeperRetryPolicy(properties.retry(), sleeper));
		ProviderApi api = new ProviderApi(connectors, ProviderRequestFactories.create(properties.http()),
				new ProviderCallInterceptor.ApiSupport(budget, tokens, retry, clock));
		PayloadArchive archive = new PayloadArchive(mongo, properties.rawArchive().maxBytes().toBytes());
		return new SyncContexts(connectors, store, archive, api, tokens, clock, properties.lease());
	}

	@Bean
	ConnectionLifecycle falconIngestConnectionLifecycle(ProviderConnectors connectors, ConnectionRepository connections,
			ConnectionStore store, SyncContexts contexts, MongoOperations mongo, IngestProperties properties,
			Clock clock) {
		PayloadArchive archive = new PayloadArchive(mongo, properties.rawArchive().maxBytes().toBytes());
		return new ConnectionLifecycle(connectors, connections, store, archive, contexts, mongo, clock);
	}

	@Bean
	SyncRunner falconIngestSyncRunner(ProviderConnectors connectors, ConnectionRepository connections,
			ConnectionStore store, AccessTokens tokens, SyncContexts contexts, ConnectionLifecycle lifecycle,
			SyncRunRepository runs, SyncExecutor executor, TokenCipher cipher, Sleeper sleeper, Clock clock,
			IngestProperties properties) {
		Leases leases = new Leases(store, clock, sleeper, properties.lease());
		RunExecution execution = new RunExecution(runs, store, tokens, contexts, clock);
		return new SyncRunner(connectors, connections, leases, execution, lifecycle, executor.executor(),
				new CredentialConnections(connectors, store, cipher, clock), tokens);
	}

}
