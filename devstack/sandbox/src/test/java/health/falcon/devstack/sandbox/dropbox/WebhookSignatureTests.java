package health.falcon.devstack.sandbox.dropbox;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code X-Dropbox-Signature} HMAC, checked against the reference sheet's vector.
 */
class WebhookSignatureTests {

	@Test
	void signsTheRawBodyWithTheAppSecretAsLowercaseHex() {
		byte[] body = "{\"list_folder\": {\"accounts\": [\"dbid:AAAAtest\"]}, \"delta\": {\"users\": [12345]}}"
			.getBytes(StandardCharsets.UTF_8);
		assertThat(WebhookSignature.sign("app-secret", body))
			.isEqualTo("6a50345832c9220e45868b4548e932a29f7edd8fca72c029b2cef74d7eb054ff");
	}

}
