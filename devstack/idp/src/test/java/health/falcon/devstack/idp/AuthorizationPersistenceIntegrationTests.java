package health.falcon.devstack.idp;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restarts the whole provider to prove that the gateway's refresh token outlives the
 * restart (authorizations are stored beside the signing key), while a provider with
 * another key directory knows nothing of it.
 */
class AuthorizationPersistenceIntegrationTests {

	@TempDir
	Path tempDir;

	@Test
	void refreshesATokenIssuedBeforeARestart() {
		Path keyDir = this.tempDir.resolve("idp");
		String refreshToken = runProvider(keyDir,
				(gateway) -> (String) gateway.signIn("demo", "demo").get("refresh_token"));

		Map<String, Object> refreshed = runProvider(keyDir, (gateway) -> refresh(gateway, refreshToken, 200));

		assertThat(refreshed).containsKeys("access_token", "id_token");
		assertThat(refreshed.get("refresh_token")).isNotNull().isNotEqualTo(refreshToken);
	}

	@Test
	void refusesTheTokenWhereItWasNeverIssued() {
		String refreshToken = runProvider(this.tempDir.resolve("first"),
				(gateway) -> (String) gateway.signIn("demo", "demo").get("refresh_token"));

		Map<String, Object> refused = runProvider(this.tempDir.resolve("second"),
				(gateway) -> refresh(gateway, refreshToken, 400));

		assertThat(refused).containsEntry("error", "invalid_grant");
	}

	private static Map<String, Object> refresh(GatewaySignIn gateway, String refreshToken, int status) {
		HttpResponse<String> response = gateway
			.token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return GatewaySignIn.read(response.body());
	}

	private static <T> T runProvider(Path keyDir, Function<GatewaySignIn, T> work) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DevstackIdpApplication.class)
			.run("--server.port=0", "--falcon.devstack.idp.key-dir=" + keyDir)) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			return work.apply(new GatewaySignIn(port));
		}
	}

}
