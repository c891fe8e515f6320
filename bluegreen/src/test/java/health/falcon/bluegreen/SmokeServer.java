package health.falcon.bluegreen;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * A loopback HTTP server standing in for the preview Service: answers every GET with a
 * fixed status, optionally only once a number of callers have arrived.
 */
final class SmokeServer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(4);

	private final List<String> paths = new CopyOnWriteArrayList<>();

	private SmokeServer(int status, @Nullable CyclicBarrier barrier) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", (exchange) -> {
			this.paths.add(exchange.getRequestURI().getPath());
			try {
				if (barrier != null) {
					barrier.await(20, TimeUnit.SECONDS);
				}
			}
			catch (Exception ex) {
				// A caller that never arrived fails its own assertion; answer anyway.
			}
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	static SmokeServer answering(int status) throws IOException {
		return new SmokeServer(status, null);
	}

	/**
	 * A server that holds every answer until {@code parties} requests are in.
	 * @param status the status to answer
	 * @param parties how many callers to wait for
	 * @return the started server
	 */
	static SmokeServer answeringTogether(int status, int parties) throws IOException {
		return new SmokeServer(status, new CyclicBarrier(parties));
	}

	String url() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort()).toString();
	}

	List<String> paths() {
		return this.paths;
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
