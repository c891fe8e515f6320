package health.falcon.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * An in-memory mongo-java-server bound to a random local port, for integration tests.
 */
public final class InMemoryMongo implements AutoCloseable {

	private final MongoServer server;

	private final String connectionString;

	private InMemoryMongo() {
		this.server = new MongoServer(new MemoryBackend());
		this.connectionString = this.server.bindAndGetConnectionString();
	}

	/**
	 * Start a server with an in-memory backend on a random port.
	 * @return the running server
	 */
	public static InMemoryMongo start() {
		return new InMemoryMongo();
	}

	/**
	 * @return the server's connection string, without a database
	 */
	public String connectionString() {
		return this.connectionString;
	}

	/**
	 * @param database the database the connection string names, for example
	 * {@code falcon}
	 * @return the connection string for {@code spring.mongodb.uri}, for example
	 * {@code mongodb://127.0.0.1:12345/falcon}
	 */
	public String uri(String database) {
		return this.connectionString + "/" + database;
	}

	/**
	 * Stop the server at once, closing open connections.
	 */
	@Override
	public void close() {
		this.server.shutdownNow();
	}

}
