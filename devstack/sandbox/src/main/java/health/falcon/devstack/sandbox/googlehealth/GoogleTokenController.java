package health.falcon.devstack.sandbox.googlehealth;

import java.util.LinkedHashMap;
import java.util.Map;

import health.falcon.devstack.sandbox.oauth.ClientAuthentication;
import health.falcon.devstack.sandbox.oauth.OAuthErrorException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Google's token endpoint ({@code POST /token}: authorization code with PKCE, refresh
 * without rotation) and revocation endpoint ({@code POST /revoke}).
 */
@RestController
class GoogleTokenController {

	private final GoogleHealthProperties properties;

	private final GoogleOAuth oauth;

	GoogleTokenController(GoogleHealthProperties properties, GoogleOAuth oauth) {
		this.properties = properties;
		this.oauth = oauth;
	}

	@PostMapping("/google-health/token")
	Map<String, Object> token(@RequestParam(name = "grant_type", required = false) @Nullable String grantType,
			@RequestParam(required = false) @Nullable String code,
			@RequestParam(name = "redirect_uri", required = false) @Nullable String redirectUri,
			@RequestParam(name = "client_id", required = false) @Nullable String clientId,
			@RequestParam(name = "client_secret", required = false) @Nullable String clientSecret,
			@RequestParam(name = "code_verifier", required = false) @Nullable String codeVerifier,
			@RequestParam(name = "refresh_token", required = false) @Nullable String refreshToken,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		checkClient(clientId, clientSecret, authorization);
		GoogleOAuth.Issued issued = switch (String.valueOf(grantType)) {
			case "authorization_code" -> this.oauth.exchange(required(code, "code"), redirectUri, codeVerifier);
			case "refresh_token" -> this.oauth.refresh(required(refreshToken, "refresh_token"));
			default ->
				throw OAuthErrorException.badRequest("unsupported_grant_type", "Invalid grant_type: " + grantType);
		};
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", issued.accessToken());
		body.put("expires_in", issued.expiresIn());
		if (issued.refreshToken() != null) {
			body.put("refresh_token", issued.refreshToken());
		}
		body.put("scope", GoogleScopes.format(issued.scopes()));
		body.put("token_type", "Bearer");
		return body;
	}

	@PostMapping("/google-health/revoke")
	Map<String, Object> revoke(@RequestParam(required = false) @Nullable String token) {
		if (token == null || !this.oauth.revoke(token)) {
			throw OAuthErrorException.badRequest("invalid_token", "Token expired or revoked");
		}
		return Map.of();
	}

	private void checkClient(@Nullable String clientId, @Nullable String clientSecret, @Nullable String authorization) {
		// form credentials first; HTTP Basic only without a form client_id
		ClientAuthentication basic = (clientId == null) ? basic(authorization) : null;
		ClientAuthentication client = (basic != null) ? basic : new ClientAuthentication(clientId, clientSecret);
		if (!client.idMatches(this.properties.clientId())) {
			throw new OAuthErrorException(HttpStatus.UNAUTHORIZED, "invalid_client", "The OAuth client was not found.");
		}
		if (!client.secretMatches(this.properties.clientSecret())) {
			throw new OAuthErrorException(HttpStatus.UNAUTHORIZED, "invalid_client", "Unauthorized");
		}
	}

	private static @Nullable ClientAuthentication basic(@Nullable String authorization) {
		try {
			return ClientAuthentication.fromBasic(authorization);
		}
		catch (IllegalArgumentException ex) {
			throw new OAuthErrorException(HttpStatus.UNAUTHORIZED, "invalid_client", "Unauthorized");
		}
	}

	private static String required(@Nullable String value, String name) {
		return OAuthErrorException.required(value, "Missing required parameter: " + name);
	}

}
