package health.falcon.devstack.idp.keys;

import java.nio.file.Path;

import com.nimbusds.jose.jwk.JWKSet;
import health.falcon.devstack.idp.DevstackIdpApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restarts the whole provider to prove that the JWKS endpoint keeps serving the same key,
 * so access tokens issued before a restart stay valid.
 */
class SigningKeyPersistenceIntegrationTests {

	@TempDir
	Path tempDir;

	@Test
	void servesTheSameKeyAfterARestartWithTheSameKeyDirectory() throws Exception {
		Path keyDir = this.tempDir.resolve("idp");
		JWKSet before = publishedKeysAfterStart(keyDir);
		JWKSet after = publishedKeysAfterStart(keyDir);

		assertThat(after.getKeys()).hasSize(1);
		assertThat(after.getKeys().get(0).getKeyID()).isEqualTo(before.getKeys().get(0).getKeyID());
		assertThat(after.getKeys().get(0).toRSAKey().getModulus())
			.isEqualTo(before.getKeys().get(0).toRSAKey().getModulus());
	}

	@Test
	void generatesANewKeyForAFreshKeyDirectory() throws Exception {
		JWKSet first = publishedKeysAfterStart(this.tempDir.resolve("first"));
		JWKSet second = publishedKeysAfterStart(this.tempDir.resolve("second"));

		assertThat(second.getKeys().get(0).getKeyID()).isNotEqualTo(first.getKeys().get(0).getKeyID());
	}

	private static JWKSet publishedKeysAfterStart(Path keyDir) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DevstackIdpApplication.class)
			.run("--server.port=0", "--falcon.devstack.idp.key-dir=" + keyDir)) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			String body = RestClient.create()
				.get()
				.uri("http://localhost:" + port + "/oauth2/jwks")
				.retrieve()
				.body(String.class);
			JWKSet published = JWKSet.parse(body);
			assertThat(published.getKeys()).allSatisfy((key) -> assertThat(key.isPrivate()).isFalse());
			return published;
		}
	}

}
