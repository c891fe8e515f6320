package health.falcon.fitbit.googlehealth;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import health.falcon.fitbit.config.FitbitProperties;
import health.falcon.ingest.spi.SyncContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Revokes a disconnecting user's Google grant: posts the connection's current access
 * token (from {@link SyncContext#accessToken()}, refreshed by the kit when due) as
 * {@code token=...} to Google's revocation endpoint, which ends the consent and so the
 * refresh token too. Best effort: a refusal ({@code 400 invalid_token}, a token Google no
 * longer knows), a server error or an I/O fault is logged with its status and Google's
 * error code only (never the token or the body) and the disconnect completes anyway.
 */
@Component
class TokenRevocation {

	private static final Logger logger = LoggerFactory.getLogger(TokenRevocation.class);

	private static final Pattern ERROR_CODE = Pattern.compile("\"error\"\\s*:\\s*\"([A-Za-z_]{1,40})\"");

	private final GoogleHealthClients clients;

	private final URI revokeUri;

	TokenRevocation(GoogleHealthClients clients, FitbitProperties properties) {
		this.clients = clients;
		this.revokeUri = properties.googleHealth().revokeUri();
	}

	void revoke(SyncContext context) {
		try {
			this.clients.oauth(context.client(this.revokeUri.toString())).revoke(this.revokeUri, context.accessToken());
			logger.info("Revoked the Google grant of a disconnecting user");
		}
		catch (RestClientResponseException ex) {
			logger.warn("Google did not revoke the grant ({} {}); disconnecting anyway", ex.getStatusCode().value(),
					errorCode(ex.getResponseBodyAsString()));
		}
		catch (RestClientException ex) {
			logger.warn("Google's revocation endpoint could not be reached ({}); disconnecting anyway",
					ex.getClass().getSimpleName());
		}
	}

	private static String errorCode(String body) {
		Matcher matcher = ERROR_CODE.matcher(body);
		return matcher.find() ? matcher.group(1) : "no error code";
	}

}
