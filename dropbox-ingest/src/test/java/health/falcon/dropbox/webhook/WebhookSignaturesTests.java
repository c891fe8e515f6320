package health.falcon.dropbox.webhook;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test vector of provider-apis.md 3.7.
 */
class WebhookSignaturesTests {

	static final byte[] BODY = "{\"list_folder\": {\"accounts\": [\"dbid:AAAAtest\"]}, \"delta\": {\"users\": [12345]}}"
		.getBytes(StandardCharsets.UTF_8);

	static final String SIGNATURE = "6a50345832c9220e45868b4548e932a29f7edd8fca72c029b2cef74d7eb054ff";

	@Test
	void signsWithLowerCaseHexHmacSha256() {
		assertThat(WebhookSignatures.sign("app-secret", BODY)).isEqualTo(SIGNATURE);
	}

	@Test
	void acceptsTheRightSignature() {
		assertThat(WebhookSignatures.verify("app-secret", BODY, SIGNATURE)).isTrue();
		assertThat(WebhookSignatures.verify("app-secret", BODY, SIGNATURE.toUpperCase())).isTrue();
	}

	@Test
	void refusesAnotherBodySecretOrSignature() {
		assertThat(WebhookSignatures.verify("app-secret", "{}".getBytes(StandardCharsets.UTF_8), SIGNATURE)).isFalse();
		assertThat(WebhookSignatures.verify("other-secret", BODY, SIGNATURE)).isFalse();
		assertThat(WebhookSignatures.verify("app-secret", BODY, SIGNATURE.substring(1))).isFalse();
		assertThat(WebhookSignatures.verify("app-secret", BODY, "not hex at all")).isFalse();
	}

	@Test
	void refusesEverythingWithoutASecret() {
		assertThat(WebhookSignatures.verify("", BODY, SIGNATURE)).isFalse();
		assertThat(WebhookSignatures.verify(" ", BODY, SIGNATURE)).isFalse();
	}

}
