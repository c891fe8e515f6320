package health.falcon.devstack.sandbox.dropbox;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Two background threads for the emulator's delayed work (longpoll timeouts, webhook
 * deliveries and their retries), so API threads never wait.
 */
@Component
class DropboxScheduler implements DisposableBean {

	private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, (task) -> {
		Thread thread = new Thread(task, "dropbox-sandbox");
		thread.setDaemon(true);
		return thread;
	});

	void schedule(Runnable task, Duration delay) {
		this.executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
