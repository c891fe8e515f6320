package health.falcon.systemtests;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mints a service token the way an attacker holding the ingest client's credentials
 * would: client credentials at the devstack provider, with the values from
 * {@code devstack/devstack.env}.
 */
final class ServiceTokens {

	private ServiceTokens() {
	}

	static String mint(LocalStack stack) throws IOException, InterruptedException {
		Properties env = new Properties();
		Path root = Path.of(System.getProperty("falcon.root", "..")).toAbsolutePath().normalize();
		try (BufferedReader reader = Files.newBufferedReader(root.resolve("devstack/devstack.env"))) {
			env.load(reader);
		}
		String credentials = env.getProperty("FALCON_INGEST_CLIENT_ID") + ":"
				+ env.getProperty("FALCON_INGEST_CLIENT_SECRET");
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(stack.provider().resolve("/oauth2/token"))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=falcon.internal"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body()).path("access_token").asString();
	}

}
