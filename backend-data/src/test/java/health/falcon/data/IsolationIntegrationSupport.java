package health.falcon.data;

import health.falcon.testsupport.InMemoryMongo;
import health.falcon.testsupport.TestJwts;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

/**
 * backend-data whole over HTTP (a {@code @SpringBootTest} on a random port) against one
 * in-memory MongoDB, with tokens from {@link TestJwts}: the base of every isolation test
 * (two users; the second never sees the first's items or values and gets 404 for the
 * first's ids). The subclasses share one application context and one server, which stays
 * up for the test JVM (closing it after one class would break the next on the cached
 * context); every test starts from an empty database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import(IsolationIntegrationSupport.LocalKeyConfiguration.class)
public abstract class IsolationIntegrationSupport {

	private static final InMemoryMongo mongo = InMemoryMongo.start();

	@Autowired
	protected RestTestClient client;

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

	/**
	 * Call backend-data with a token of a user.
	 * @param uri the path and query
	 * @param user the token's subject
	 * @return the answer
	 */
	protected RestTestClientResponse get(String uri, String user) {
		return RestTestClientResponse.from(this.client.get()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwts.token(user, "falcon-api"))
			.exchange());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class LocalKeyConfiguration {

		@Bean
		JwtDecoder jwtDecoder() {
			return TestJwts.decoder();
		}

	}

}
