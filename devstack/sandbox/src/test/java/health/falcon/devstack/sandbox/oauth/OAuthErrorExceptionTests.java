package health.falcon.devstack.sandbox.oauth;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OAuthErrorExceptionTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Test
	void answersWithItsStatusAndTheErrorBodyAsJson() {
		ResponseEntity<OAuthError> response = new OAuthErrorException(HttpStatus.UNAUTHORIZED, "invalid_client",
				"Unauthorized")
			.response();
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
		assertThat(response.getBody()).isEqualTo(new OAuthError("invalid_client", "Unauthorized"));
	}

	@Test
	void theBodyHasErrorAndErrorDescription() {
		assertThat(json.writeValueAsString(new OAuthError("invalid_grant", "Bad \"code\"")))
			.isEqualTo("{\"error\":\"invalid_grant\",\"error_description\":\"Bad \\\"code\\\"\"}");
	}

	@Test
	void badRequestAndInvalidGrantAre400() {
		OAuthErrorException badRequest = OAuthErrorException.badRequest("unsupported_grant_type", "No.");
		assertThat(badRequest.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(badRequest.error()).isEqualTo("unsupported_grant_type");
		assertThat(badRequest.getMessage()).isEqualTo("No.");
		OAuthErrorException invalidGrant = OAuthErrorException.invalidGrant("Code used.");
		assertThat(invalidGrant.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(invalidGrant.error()).isEqualTo("invalid_grant");
		assertThat(invalidGrant.getMessage()).isEqualTo("Code used.");
	}

	@Test
	void requiredReturnsAPresentParameter() {
		assertThat(OAuthErrorException.required("abc", "unused")).isEqualTo("abc");
	}

	@Test
	void requiredRefusesAMissingOrBlankParameterAsInvalidRequest() {
		for (String value : new String[] { null, "", "  " }) {
			assertThatExceptionOfType(OAuthErrorException.class)
				.isThrownBy(() -> OAuthErrorException.required(value, "Missing required parameter: code"))
				.satisfies((ex) -> {
					assertThat(ex.status()).isEqualTo(HttpStatus.BAD_REQUEST);
					assertThat(ex.error()).isEqualTo("invalid_request");
					assertThat(ex.getMessage()).isEqualTo("Missing required parameter: code");
				});
		}
	}

}
