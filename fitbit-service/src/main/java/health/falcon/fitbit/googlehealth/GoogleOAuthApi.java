package health.falcon.fitbit.googlehealth;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Google's OAuth endpoint that the connector calls itself (the kit calls the token
 * endpoint): token revocation, on the OAuth host ({@code https://oauth2.googleapis.com})
 * rather than the Health API's, so its URI is passed in.
 */
@HttpExchange
interface GoogleOAuthApi {

	/**
	 * Revokes a token and the consent behind it ({@code POST /revoke}, form body
	 * {@code token=...}); revoking the access token also ends its refresh token. Google
	 * answers 200 with an empty object, or 400 {@code {"error":"invalid_token"}} for a
	 * token it does not know (already revoked or expired).
	 * @param revokeUri the absolute revocation URI
	 * @param token the access (or refresh) token; never log it
	 */
	@PostExchange(contentType = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	void revoke(URI revokeUri, @RequestParam String token);

}
