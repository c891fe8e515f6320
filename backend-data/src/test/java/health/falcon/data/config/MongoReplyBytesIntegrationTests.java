package health.falcon.data.config;

import java.util.List;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The listener registered through the client settings customizer, against an in-process
 * mongo-java-server: a query adds its reply, which holds the documents it returns, to the
 * counter of its command and collection.
 */
@DataMongoTest
@Import(MongoReplyMetricsConfiguration.class)
class MongoReplyBytesIntegrationTests {

	private static final MongoServer server = new MongoServer(new MemoryBackend());

	private static final String uri = server.bindAndGetConnectionString() + "/falcon";

	@Autowired
	private MongoTemplate template;

	@Autowired
	private MeterRegistry registry;

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> uri);
	}

	@AfterAll
	static void stop() {
		server.shutdownNow();
	}

	@Test
	void aQueryIncrementsTheCounterByItsReplySize() {
		this.template.insert(new Document("_id", "a").append("userId", "demo").append("notes", "x".repeat(5000)),
				"benchmark_probe");
		this.template.insert(new Document("_id", "b").append("userId", "alex").append("notes", "y".repeat(100)),
				"benchmark_probe");
		double before = findBytes();

		List<Document> found = this.template.find(new Query(Criteria.where("userId").is("demo")), Document.class,
				"benchmark_probe");

		double delta = findBytes() - before;
		long documentBytes = new RawBsonDocument(found.get(0), new DocumentCodec()).getByteBuffer().remaining();
		// the reply is the cursor envelope around the one document found
		assertThat(delta).isGreaterThan(documentBytes).isLessThan(documentBytes + 200);
	}

	private double findBytes() {
		Counter counter = this.registry.find(MongoReplyBytes.METER)
			.tag("command", "find")
			.tag("collection", "benchmark_probe")
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Registry {

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

}
