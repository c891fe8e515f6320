package health.falcon.devstack.sandbox.oauth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientAuthenticationTests {

	@Test
	void readsIdAndSecretFromHttpBasic() {
		assertThat(ClientAuthentication.fromBasic(basic("app:se:cret")))
			.isEqualTo(new ClientAuthentication("app", "se:cret"));
		assertThat(ClientAuthentication.fromBasic("basic  " + encode("app:secret") + " "))
			.isEqualTo(new ClientAuthentication("app", "secret"));
	}

	@Test
	void aBasicValueWithoutAColonIsAnIdWithoutASecret() {
		assertThat(ClientAuthentication.fromBasic(basic("app"))).isEqualTo(new ClientAuthentication("app", null));
	}

	@Test
	void noBasicHeaderGivesNoCredentials() {
		assertThat(ClientAuthentication.fromBasic(null)).isNull();
		assertThat(ClientAuthentication.fromBasic("Bearer token")).isNull();
		assertThat(ClientAuthentication.fromBasic("Basic")).isNull();
	}

	@Test
	void malformedBase64IsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ClientAuthentication.fromBasic("Basic !!!"));
	}

	@Test
	void matchesTheRegisteredIdAndSecret() {
		ClientAuthentication client = new ClientAuthentication("app", "secret");
		assertThat(client.idMatches("app")).isTrue();
		assertThat(client.idMatches("other")).isFalse();
		assertThat(client.secretMatches("secret")).isTrue();
		assertThat(client.secretMatches("secret2")).isFalse();
		assertThat(client.secretMatches("")).isFalse();
	}

	@Test
	void missingIdOrSecretMatchesNothing() {
		ClientAuthentication anonymous = new ClientAuthentication(null, null);
		assertThat(anonymous.idMatches("app")).isFalse();
		assertThat(anonymous.secretMatches("secret")).isFalse();
	}

	private static String basic(String credentials) {
		return "Basic " + encode(credentials);
	}

	private static String encode(String credentials) {
		return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

}
