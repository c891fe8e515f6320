package health.falcon.systemtests;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Obtains a signed-in user's access token, the one the gateway relays to the services,
 * without the gateway: the authorization-code flow with PKCE as the gateway's client at
 * the devstack provider (its credentials from {@code devstack/devstack.env}), the
 * provider's HTML sign-in form, and the code taken from the redirect to the gateway's
 * callback, which is never asked to redeem it. Lets a harness call a service's port
 * directly, as the gateway does.
 */
final class UserTokens {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String CALLBACK = "/login/oauth2/code/falcon";

	private static final Map<String, Minted> minted = new ConcurrentHashMap<>();

	private UserTokens() {
	}

	/**
	 * The user's last token while it has more than five minutes left, otherwise a new
	 * one: for polling loops that would otherwise sign in on every poll.
	 */
	static String cachedOrNew(LocalStack stack, String user) throws Exception {
		Minted last = minted.get(user);
		if (last != null && last.at().plus(Duration.ofMinutes(10)).isAfter(Instant.now())) {
			return last.token();
		}
		return accessToken(stack, user);
	}

	/**
	 * Sign the user in and return the access token (audience {@code falcon-api}, lifetime
	 * 15 minutes in the devstack).
	 * @param stack the running suite
	 * @param user a devstack account (its password is the same)
	 * @return the access token; never logged
	 */
	static String accessToken(LocalStack stack, String user) throws Exception {
		Properties env = devstackEnv();
		String clientId = env.getProperty("FALCON_OIDC_CLIENT_ID");
		String redirect = stack.gateway().resolve(CALLBACK).toString();
		String verifier = randomUrlSafe(48);
		String challenge = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(sha256(verifier.getBytes(StandardCharsets.US_ASCII)));
		URI authorize = stack.provider()
			.resolve("/oauth2/authorize?response_type=code&client_id=" + encode(clientId) + "&redirect_uri="
					+ encode(redirect) + "&scope=" + encode("openid profile email") + "&state=" + randomUrlSafe(16)
					+ "&code_challenge=" + challenge + "&code_challenge_method=S256");
		BrowserlessSession session = new BrowserlessSession();
		HttpResponse<String> loginPage = session.navigate(authorize);
		session.submitForm(loginPage, "form:has(input[name=username])", Map.of("username", user, "password", user));
		String code = session.hops()
			.stream()
			.filter((hop) -> hop.toString().startsWith(redirect) && hop.getRawQuery() != null)
			.flatMap((hop) -> Arrays.stream(hop.getRawQuery().split("&")))
			.filter((parameter) -> parameter.startsWith("code="))
			.map((parameter) -> parameter.substring("code=".length()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The provider returned no code for " + user));
		String credentials = clientId + ":" + env.getProperty("FALCON_OIDC_CLIENT_SECRET");
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(stack.provider().resolve("/oauth2/token"))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + code
						+ "&redirect_uri=" + encode(redirect) + "&code_verifier=" + verifier))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Token request for " + user + " refused: " + response.statusCode());
		}
		String token = json.readTree(response.body()).path("access_token").asString();
		minted.put(user, new Minted(token, Instant.now()));
		return token;
	}

	/**
	 * The token's subject (the user id every document carries), read from its payload.
	 */
	static String subject(String token) {
		JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
		return claims.path("sub").asString();
	}

	private record Minted(String token, Instant at) {
	}

	private static Properties devstackEnv() throws IOException {
		Properties env = new Properties();
		Path root = Path.of(System.getProperty("falcon.root", "..")).toAbsolutePath().normalize();
		try (BufferedReader reader = Files.newBufferedReader(root.resolve("devstack/devstack.env"))) {
			env.load(reader);
		}
		return env;
	}

	private static String randomUrlSafe(int bytes) {
		byte[] random = new byte[bytes];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	private static byte[] sha256(byte[] input) throws NoSuchAlgorithmException {
		return MessageDigest.getInstance("SHA-256").digest(input);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
