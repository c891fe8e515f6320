package health.falcon.backend.me;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link UserSettingsRepositoryContract} against a real MongoDB; skipped where Docker is
 * absent.
 */
@DataMongoTest
@Testcontainers(disabledWithoutDocker = true)
class UserSettingsRepositoryContainerTests extends UserSettingsRepositoryContract {

	@Container
	static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0.4");

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> mongo.getReplicaSetUrl("falcon"));
	}

}
