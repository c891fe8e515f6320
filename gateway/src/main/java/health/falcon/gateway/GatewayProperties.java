package health.falcon.gateway;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/**
 * Gateway settings under {@code falcon.gateway}.
 *
 * @param registrationId the Spring Security client registration used for sign-in
 * @param audience the API audience to request from the provider, or {@code null} when the
 * provider puts it into access tokens by itself (Auth0 issues a JWT access token only
 * when the authorization request carries {@code audience})
 * @param postLogoutRedirectUri where the provider sends the browser after RP-initiated
 * logout ({@code {baseUrl}} is expanded)
 * @param formActionOrigins extra origins allowed as form targets in the content security
 * policy (the provider's origin is added automatically, because logout redirects there)
 * @param session the web session store
 * @param login the short-lived cookies that carry a sign-in in progress
 */
@ConfigurationProperties("falcon.gateway")
@Validated
public record GatewayProperties(@DefaultValue("falcon") @NotBlank String registrationId, @Nullable String audience,
		@DefaultValue("{baseUrl}/") String postLogoutRedirectUri, @DefaultValue List<String> formActionOrigins,
		@DefaultValue Session session, @DefaultValue @Valid Login login) {

	/**
	 * The sign-in in progress: the OAuth2 authorization request and the page to return to
	 * travel in short-lived cookies instead of the web session, so that anonymous
	 * requests never create a session.
	 *
	 * @param key the AES-256 key (32 random bytes, Base64) that encrypts and
	 * authenticates the authorization request cookie; every replica and colour must share
	 * it ({@code FALCON_GATEWAY_LOGIN_KEY})
	 * @param ttl how long a started sign-in stays valid
	 */
	public record Login(@NotBlank(
			message = "must be set (FALCON_GATEWAY_LOGIN_KEY): 32 random bytes in Base64, the same on every replica and colour") String key,
			@DefaultValue("10m") Duration ttl) {

		@Override
		public String toString() {
			return "Login[key=<hidden>, ttl=" + this.ttl + "]";
		}

	}

	/**
	 * Where web sessions live.
	 *
	 * @param store {@code memory} (default, one process) or {@code redis} (Spring
	 * Session; required when more than one gateway instance or colour serves users)
	 */
	public record Session(@DefaultValue("memory") Store store) {

	}

	/**
	 * Session store kinds.
	 */
	public enum Store {

		/** In-process sessions: local use and tests. */
		MEMORY,

		/** Spring Session on Redis: survives restarts and blue/green switches. */
		REDIS

	}

}
