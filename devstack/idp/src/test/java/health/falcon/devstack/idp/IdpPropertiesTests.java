package health.falcon.devstack.idp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import health.falcon.devstack.idp.IdpProperties.Client;
import health.falcon.devstack.idp.IdpProperties.DemoUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdpPropertiesTests {

	@Test
	void derivesGatewayUrlsWithoutDoubleSlashes() {
		assertThat(properties("http://localhost:8080/").gatewayUrl("/login/oauth2/code/falcon"))
			.isEqualTo("http://localhost:8080/login/oauth2/code/falcon");
		assertThat(properties("http://localhost:8080").gatewayUrl("/")).isEqualTo("http://localhost:8080/");
	}

	@Test
	void storesPlainSecretsAsNoopAndKeepsEncodedOnes() {
		assertThat(client("devstack-only-gateway-secret").storedSecret())
			.isEqualTo("{noop}devstack-only-gateway-secret");
		assertThat(client("{bcrypt}$2a$10$abc").storedSecret()).isEqualTo("{bcrypt}$2a$10$abc");
	}

	@Test
	void neverPrintsSecrets() {
		assertThat(client("s3cret")).asString().doesNotContain("s3cret");
		assertThat(new DemoUser("demo", "p4ss", "Dana Demo", "demo@falcon.local")).asString().doesNotContain("p4ss");
	}

	@Test
	void findsUsersByExactUsername() {
		IdpProperties properties = properties("http://localhost:8080");
		assertThat(properties.findUser("demo")).map(DemoUser::name).hasValue("Dana Demo");
		assertThat(properties.findUser("DEMO")).isEmpty();
	}

	private static IdpProperties properties(String gatewayBaseUrl) {
		return new IdpProperties("http://localhost:9000", "falcon-api", gatewayBaseUrl, Path.of("keys"), client("x"),
				new IdpProperties.ServiceClient("falcon-ingest", "y", Duration.ofMinutes(5)),
				List.of(new DemoUser("demo", "demo", "Dana Demo", "demo@falcon.local")));
	}

	private static Client client(String secret) {
		return new Client("falcon-gateway", secret, "/login/oauth2/code/falcon", "/", Duration.ofMinutes(15),
				Duration.ofHours(8));
	}

}
