package health.falcon.devstack.mongo.server;

import java.net.InetSocketAddress;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import health.falcon.devstack.mongo.DevstackMongoApplication;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the real application on a free port and talks to it with the MongoDB driver.
 */
class EmbeddedMongoServerIntegrationTests {

	@TempDir
	Path tempDir;

	@Test
	void keepsDocumentsAcrossRestartsOnTheSameDataDirectory() {
		Path dataDir = this.tempDir.resolve("falcon-home/mongo");
		try (ConfigurableApplicationContext context = start(dataDir); MongoClient client = client(context)) {
			settings(client).insertOne(new Document("_id", "demo").append("timeZone", "Europe/Berlin"));
		}
		try (ConfigurableApplicationContext context = start(dataDir); MongoClient client = client(context)) {
			Document stored = settings(client).find(new Document("_id", "demo")).first();
			assertThat(stored).isNotNull();
			assertThat(stored.getString("timeZone")).isEqualTo("Europe/Berlin");
		}
	}

	@Test
	void createsTheDataDirectoryAndStoreFile() {
		Path dataDir = this.tempDir.resolve("not/yet/there");
		try (ConfigurableApplicationContext context = start(dataDir); MongoClient client = client(context)) {
			settings(client).insertOne(new Document("_id", "alex"));
		}
		assertThat(dataDir.resolve(EmbeddedMongoProperties.STORE_FILE_NAME)).isRegularFile();
	}

	@Test
	void releasesTheStoreFileOnShutdown() {
		Path dataDir = this.tempDir.resolve("mongo");
		try (ConfigurableApplicationContext context = start(dataDir); MongoClient client = client(context)) {
			settings(client).insertOne(new Document("_id", "demo"));
			assertThat(context.getBean(EmbeddedMongoServer.class).isRunning()).isTrue();
		}
		// an unclosed MVStore keeps its file lock, so opening it again would fail
		try (MVStore store = MVStore.open(dataDir.resolve(EmbeddedMongoProperties.STORE_FILE_NAME).toString())) {
			assertThat(store.getMapNames()).isNotEmpty();
		}
	}

	@Test
	void bindsToLoopbackByDefault() {
		try (ConfigurableApplicationContext context = start(this.tempDir.resolve("mongo"))) {
			InetSocketAddress address = context.getBean(EmbeddedMongoServer.class).getLocalAddress();
			assertThat(address).isNotNull();
			assertThat(address.getAddress().isLoopbackAddress()).isTrue();
			assertThat(address.getPort()).isPositive();
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		// command-line arguments take precedence over application.yaml
		return new SpringApplicationBuilder(DevstackMongoApplication.class).run("--falcon.devstack.mongo.port=0",
				"--falcon.devstack.mongo.data-dir=" + dataDir);
	}

	private static MongoClient client(ConfigurableApplicationContext context) {
		InetSocketAddress address = context.getBean(EmbeddedMongoServer.class).getLocalAddress();
		assertThat(address).isNotNull();
		return MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
	}

	private static MongoCollection<Document> settings(MongoClient client) {
		return client.getDatabase("falcon").getCollection("settings");
	}

}
