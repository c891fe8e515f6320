package health.falcon.data;

import health.falcon.testsupport.InMemoryMongo;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A {@code @DataMongoTest} against one in-memory mongo-java-server: the base of every
 * repository and service test on stored documents, which imports its own beans; every
 * test starts from an empty database. The server stays up for the test JVM, since slices
 * with the same beans share one cached context.
 */
@DataMongoTest
public abstract class MongoSliceSupport {

	private static final InMemoryMongo mongo = InMemoryMongo.start();

	@Autowired
	protected MongoTemplate template;

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> mongo.uri("falcon"));
	}

	@BeforeEach
	void emptyTheDatabase() {
		this.template.getDb().drop();
	}

}
