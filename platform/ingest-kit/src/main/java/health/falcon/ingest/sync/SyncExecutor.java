package health.falcon.ingest.sync;

import health.falcon.ingest.config.IngestProperties;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The bounded executor of queued syncs ({@code falcon.ingest.sync.*}). Not exposed as an
 * {@code Executor} bean, which would replace Boot's application task executor.
 */
class SyncExecutor implements DisposableBean {

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	SyncExecutor(IngestProperties.Sync sync) {
		this.executor.setThreadNamePrefix("falcon-sync-");
		this.executor.setCorePoolSize(sync.threads());
		this.executor.setMaxPoolSize(sync.threads());
		this.executor.setQueueCapacity(sync.queueCapacity());
		this.executor.setWaitForTasksToCompleteOnShutdown(true);
		this.executor.setAwaitTerminationSeconds(20);
		this.executor.initialize();
	}

	AsyncTaskExecutor executor() {
		return this.executor;
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

}
