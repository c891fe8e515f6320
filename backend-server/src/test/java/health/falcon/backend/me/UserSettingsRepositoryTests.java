package health.falcon.backend.me;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;

import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link UserSettingsRepositoryContract} against an in-process mongo-java-server on a
 * random port.
 */
@DataMongoTest
class UserSettingsRepositoryTests extends UserSettingsRepositoryContract {

	private static final MongoServer server = new MongoServer(new MemoryBackend());

	private static final String uri = server.bindAndGetConnectionString() + "/falcon";

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> uri);
	}

	@AfterAll
	static void stop() {
		server.shutdownNow();
	}

}
