package health.falcon.backend;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import health.falcon.testsupport.InMemoryMongo;
import health.falcon.testsupport.TestJwts;
import health.falcon.testsupport.WireMocks;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

/**
 * backend-server whole (a {@code @SpringBootTest}, because the HTTP service client
 * auto-configuration is not part of {@code @RestClientTest}) with backend-data stubbed in
 * WireMock, over an in-memory MongoDB, with locally minted tokens: the base of every test
 * of a read endpoint that backend-server answers through the {@code backend-data} group.
 * The subclasses share one application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import(BackendDataIntegrationSupport.LocalKeyConfiguration.class)
public abstract class BackendDataIntegrationSupport {

	protected static final WireMockServer backendData = WireMocks.started();

	/**
	 * Shared by every subclass, like the application context that uses it, so it stays
	 * open until the JVM ends: closing it after the first subclass would leave the cached
	 * context's database gone for the next one (the account erasure writes to it).
	 */
	private static final InMemoryMongo mongo = InMemoryMongo.start();

	@Autowired
	protected RestTestClient client;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> mongo.uri("falcon"));
		registry.add("spring.http.serviceclient.backend-data.base-url", backendData::baseUrl);
		// the ingest services (account erasure) answer on the same WireMock, each below
		// its
		// own name
		for (String service : List.of("fitness-service", "fitbit-service", "diet-service", "dropbox-ingest")) {
			registry.add("spring.http.serviceclient." + service + ".base-url",
					() -> backendData.baseUrl() + "/" + service);
		}
	}

	@BeforeEach
	void resetBackendData() {
		backendData.resetAll();
	}

	/**
	 * Call backend-server as the browser would, through the gateway's relayed token.
	 * @param uri the path and query
	 * @param token the user's access token
	 * @return the answer
	 */
	protected RestTestClientResponse call(String uri, String token) {
		return RestTestClientResponse
			.from(this.client.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class LocalKeyConfiguration {

		@Bean
		JwtDecoder jwtDecoder() {
			return TestJwts.decoder();
		}

	}

}
