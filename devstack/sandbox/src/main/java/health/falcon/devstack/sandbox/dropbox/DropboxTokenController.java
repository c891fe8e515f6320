package health.falcon.devstack.sandbox.dropbox;

import java.util.LinkedHashMap;
import java.util.Map;

import health.falcon.devstack.sandbox.oauth.ClientAuthentication;
import health.falcon.devstack.sandbox.oauth.OAuthErrorException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dropbox's token endpoint ({@code POST /oauth2/token}): the code exchange (HTTP Basic
 * {@code app_key:app_secret}, form credentials, or {@code client_id} plus
 * {@code code_verifier} for PKCE) and the refresh, which never returns a new refresh
 * token.
 */
@RestController
class DropboxTokenController {

	static final String SCOPE = "files.metadata.read files.content.read";

	private final DropboxProperties properties;

	private final DropboxOAuth oauth;

	DropboxTokenController(DropboxProperties properties, DropboxOAuth oauth) {
		this.properties = properties;
		this.oauth = oauth;
	}

	@PostMapping("/dropbox/oauth2/token")
	Map<String, Object> token(@RequestParam(name = "grant_type", required = false) @Nullable String grantType,
			@RequestParam(required = false) @Nullable String code,
			@RequestParam(name = "redirect_uri", required = false) @Nullable String redirectUri,
			@RequestParam(name = "code_verifier", required = false) @Nullable String codeVerifier,
			@RequestParam(name = "refresh_token", required = false) @Nullable String refreshToken,
			@RequestParam(name = "client_id", required = false) @Nullable String clientId,
			@RequestParam(name = "client_secret", required = false) @Nullable String clientSecret,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		boolean secretVerified = authenticateClient(clientId, clientSecret, authorization);
		DropboxOAuth.Issued issued = switch (String.valueOf(grantType)) {
			case "authorization_code" ->
				this.oauth.exchange(required(code, "code"), redirectUri, codeVerifier, secretVerified);
			case "refresh_token" -> this.oauth.refresh(required(refreshToken, "refresh_token"), secretVerified);
			default -> throw OAuthErrorException.badRequest("unsupported_grant_type",
					"grant_type must be \"authorization_code\" or \"refresh_token\"");
		};
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", issued.accessToken());
		body.put("token_type", "bearer");
		body.put("expires_in", issued.expiresIn());
		if ("authorization_code".equals(grantType)) {
			// a refresh answers with the three fields above only
			body.put("scope", SCOPE);
			body.put("account_id", issued.account().accountId());
			body.put("uid", String.valueOf(issued.account().uid()));
		}
		if (issued.refreshToken() != null) {
			body.put("refresh_token", issued.refreshToken());
		}
		return body;
	}

	/**
	 * Checks the client; returns whether it proved its secret (Basic or form), as opposed
	 * to a bare {@code client_id} that only PKCE grants accept.
	 */
	private boolean authenticateClient(@Nullable String clientId, @Nullable String clientSecret,
			@Nullable String authorization) {
		ClientAuthentication basic = basic(authorization);
		ClientAuthentication client = (basic != null) ? basic : new ClientAuthentication(clientId, clientSecret);
		if (!client.idMatches(this.properties.clientId())
				|| (client.secret() != null && !client.secretMatches(this.properties.clientSecret()))) {
			throw OAuthErrorException.badRequest("invalid_client", "Invalid client_id or client_secret");
		}
		return client.secret() != null;
	}

	private static @Nullable ClientAuthentication basic(@Nullable String authorization) {
		try {
			return ClientAuthentication.fromBasic(authorization);
		}
		catch (IllegalArgumentException ex) {
			throw OAuthErrorException.badRequest("invalid_client", "Invalid HTTP Basic authorization header");
		}
	}

	private static String required(@Nullable String value, String name) {
		return OAuthErrorException.required(value, "No \"" + name + "\" parameter given");
	}

}
