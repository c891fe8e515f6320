package health.falcon.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Anonymous requests as fast as a few connections allow, bounded in count and time, on
 * loopback only: each one a new visitor without cookies.
 */
final class SessionFlood {

	private static final int IN_FLIGHT = 16;

	private SessionFlood() {
	}

	/**
	 * What the flood got back.
	 *
	 * @param redirects answers that were redirects (to the provider)
	 * @param sessionCookies answers that set the gateway's session cookie
	 * @param other answers of any other status
	 */
	record Result(int redirects, int sessionCookies, int other) {

	}

	static Result run(HttpClient client, URI uri, int requests) throws InterruptedException {
		AtomicInteger redirects = new AtomicInteger();
		AtomicInteger sessions = new AtomicInteger();
		AtomicInteger other = new AtomicInteger();
		Semaphore inFlight = new Semaphore(IN_FLIGHT);
		List<CompletableFuture<?>> sent = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			if (!inFlight.tryAcquire(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The gateway stopped answering during the flood");
			}
			sent.add(client.sendAsync(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding())
				.whenComplete((response, failure) -> {
					inFlight.release();
					if (response == null) {
						other.incrementAndGet();
						return;
					}
					(response.statusCode() / 100 == 3 ? redirects : other).incrementAndGet();
					if (response.headers()
						.allValues("Set-Cookie")
						.stream()
						.anyMatch((cookie) -> cookie.startsWith("FALCON_SESSION="))) {
						sessions.incrementAndGet();
					}
				}));
		}
		CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
			.orTimeout(60, TimeUnit.SECONDS)
			.exceptionally((ex) -> null)
			.join();
		return new Result(redirects.get(), sessions.get(), other.get());
	}

}
