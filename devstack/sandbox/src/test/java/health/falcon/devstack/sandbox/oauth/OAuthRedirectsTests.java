package health.falcon.devstack.sandbox.oauth;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class OAuthRedirectsTests {

	private static final List<String> HOSTS = List.of("localhost", "127.0.0.1");

	@Test
	void hostAllowedAcceptsARegisteredHostWhateverTheScheme() {
		assertThat(OAuthRedirects.hostAllowed("http://localhost:8080/cb", HOSTS)).isTrue();
		assertThat(OAuthRedirects.hostAllowed("https://127.0.0.1/cb?x=1", HOSTS)).isTrue();
		assertThat(OAuthRedirects.hostAllowed("app://localhost/cb", HOSTS)).isTrue();
	}

	@Test
	void hostAllowedRefusesMissingMalformedHostlessAndForeignRedirects() {
		assertThat(OAuthRedirects.hostAllowed(null, HOSTS)).isFalse();
		assertThat(OAuthRedirects.hostAllowed("http://local host/cb", HOSTS)).isFalse();
		assertThat(OAuthRedirects.hostAllowed("/relative/cb", HOSTS)).isFalse();
		assertThat(OAuthRedirects.hostAllowed("mailto:someone@localhost", HOSTS)).isFalse();
		assertThat(OAuthRedirects.hostAllowed("https://evil.example/cb", HOSTS)).isFalse();
	}

	@Test
	void httpHostAllowedAlsoRequiresHttpOrHttps() {
		assertThat(OAuthRedirects.httpHostAllowed("http://localhost/cb", HOSTS)).isTrue();
		assertThat(OAuthRedirects.httpHostAllowed("https://localhost/cb", HOSTS)).isTrue();
		assertThat(OAuthRedirects.httpHostAllowed("ftp://localhost/cb", HOSTS)).isFalse();
		assertThat(OAuthRedirects.httpHostAllowed("HTTP://localhost/cb", HOSTS)).isFalse();
		assertThat(OAuthRedirects.httpHostAllowed("https://evil.example/cb", HOSTS)).isFalse();
		assertThat(OAuthRedirects.httpHostAllowed(null, HOSTS)).isFalse();
	}

	@Test
	void appendsTheParametersThenTheStateStrictlyEncoded() {
		URI location = OAuthRedirects.to("http://localhost/cb?keep=1", "a b&c/d",
				Map.entry("scope", "https://x.example/s t"));
		assertThat(location)
			.hasToString("http://localhost/cb?keep=1&scope=https%3A%2F%2Fx.example%2Fs%20t&state=a%20b%26c%2Fd");
	}

	@Test
	void keepsTheClientsOwnQueryAsItWasEncoded() {
		assertThat(OAuthRedirects.to("http://localhost/cb?b=%22x%22&c=a%20b", "s", Map.entry("code", "c/1")))
			.hasToString("http://localhost/cb?b=%22x%22&c=a%20b&code=c%2F1&state=s");
	}

	@Test
	void keepsTheParametersInTheOrderGiven() {
		assertThat(OAuthRedirects.to("http://localhost/cb", "s", Map.entry("error", "access_denied"),
				Map.entry("error_description", "The user chose not to give access.")))
			.hasToString("http://localhost/cb?error=access_denied"
					+ "&error_description=The%20user%20chose%20not%20to%20give%20access.&state=s");
	}

	@Test
	void leavesTheStateOutWhenTheClientSentNone() {
		assertThat(OAuthRedirects.to("http://localhost/cb", null, Map.entry("error", "access_denied")))
			.hasToString("http://localhost/cb?error=access_denied");
	}

	@Test
	void foundRedirectsWithTheLocationHeader() {
		ResponseEntity<Void> response = OAuthRedirects.found(URI.create("http://localhost/cb?code=x%2Fy"));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(response.getHeaders().getFirst(HttpHeaders.LOCATION)).isEqualTo("http://localhost/cb?code=x%2Fy");
		assertThat(response.getBody()).isNull();
	}

}
