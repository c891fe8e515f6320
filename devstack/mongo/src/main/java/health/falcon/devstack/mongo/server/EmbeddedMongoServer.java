package health.falcon.devstack.mongo.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs one {@link MongoServer} over an {@link H2Backend} for as long as the application
 * context is running. Stopping closes client connections, the server and the MVStore so
 * that a Ctrl-C or SIGTERM never leaves a half-written store behind.
 */
class EmbeddedMongoServer implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedMongoServer.class);

	private final EmbeddedMongoProperties properties;

	private @Nullable H2Backend backend;

	private @Nullable MongoServer server;

	private @Nullable InetSocketAddress localAddress;

	EmbeddedMongoServer(EmbeddedMongoProperties properties) {
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		if (this.server != null) {
			return;
		}
		createDataDir();
		H2Backend newBackend = new H2Backend(this.properties.storeFile().toString());
		MongoServer newServer = new MongoServer(newBackend);
		try {
			newServer.bind(this.properties.bindAddress(), this.properties.port());
		}
		catch (RuntimeException ex) {
			// bind failed (port in use?): release the MVStore file lock before failing
			newBackend.close();
			throw ex;
		}
		this.backend = newBackend;
		this.server = newServer;
		this.localAddress = newServer.getLocalAddress();
		logger.info("Embedded MongoDB listening on {}:{} (data: {})", this.localAddress.getHostString(),
				this.localAddress.getPort(), this.properties.dataDir().toAbsolutePath().normalize());
	}

	@Override
	public synchronized void stop() {
		MongoServer runningServer = this.server;
		H2Backend runningBackend = this.backend;
		this.server = null;
		this.backend = null;
		this.localAddress = null;
		if (runningServer == null || runningBackend == null) {
			return;
		}
		// shutdownNow closes the client connections and the backend (which commits
		// the MVStore)
		runningServer.shutdownNow();
		if (!runningBackend.getMvStore().isClosed()) {
			runningBackend.close();
		}
		logger.info("Embedded MongoDB stopped");
	}

	@Override
	public synchronized boolean isRunning() {
		return this.server != null;
	}

	/**
	 * Returns the address the server is bound to.
	 * @return the bound address (with the real port when configured with {@code 0}), or
	 * {@code null} when the server is not running
	 */
	synchronized @Nullable InetSocketAddress getLocalAddress() {
		return this.localAddress;
	}

	private void createDataDir() {
		try {
			Files.createDirectories(this.properties.dataDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create MongoDB data directory " + this.properties.dataDir(), ex);
		}
	}

}
