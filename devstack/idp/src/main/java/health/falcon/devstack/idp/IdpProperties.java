package health.falcon.devstack.idp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of the devstack OpenID Connect provider ({@code falcon.devstack.idp.*}).
 * Environment-specific defaults (URLs, directories, demo credentials) live in
 * {@code application.yaml}; everything here is validated at startup.
 *
 * @param issuer issuer URL advertised in discovery and in the {@code iss} claim
 * @param audience API audience added to every access token next to the client id
 * @param gatewayBaseUrl base URL of the gateway; the redirect URIs are derived from it
 * @param keyDir directory holding the persisted JWK set
 * @param client the registered gateway client
 * @param serviceClient the ingest services' client (client credentials)
 * @param users devstack demo users
 */
@Validated
@ConfigurationProperties("falcon.devstack.idp")
public record IdpProperties(@NotBlank String issuer, @DefaultValue("falcon-api") @NotBlank String audience,
		@NotBlank String gatewayBaseUrl, @NotNull Path keyDir, @Valid @DefaultValue Client client,
		@Valid @DefaultValue ServiceClient serviceClient, @Valid @NotEmpty List<DemoUser> users) {

	/**
	 * Returns the demo user with the given username.
	 * @param username the username, matched exactly
	 * @return the user, or empty when there is none
	 */
	public Optional<DemoUser> findUser(String username) {
		return this.users.stream().filter((user) -> user.username().equals(username)).findFirst();
	}

	/**
	 * Returns the gateway base URL followed by {@code path}, without a doubled slash.
	 * @param path a path starting with {@code /}
	 * @return the absolute URL
	 */
	public String gatewayUrl(String path) {
		String base = this.gatewayBaseUrl.endsWith("/")
				? this.gatewayBaseUrl.substring(0, this.gatewayBaseUrl.length() - 1) : this.gatewayBaseUrl;
		return base + path;
	}

	static String storedSecret(String secret) {
		// a value that already names an encoder ({bcrypt}..., {noop}...) is kept as is
		return secret.startsWith("{") ? secret : "{noop}" + secret;
	}

	/**
	 * The gateway's client registration.
	 *
	 * @param secret client secret, plain (stored as {@code {noop}}) or already prefixed
	 * with a password-encoder id such as {@code {bcrypt}}
	 * @param redirectPath path on the gateway that receives the authorization code
	 * @param postLogoutRedirectPath path on the gateway to return to after logout
	 * @param accessTokenTimeToLive lifetime of access tokens
	 * @param refreshTokenTimeToLive lifetime of refresh tokens (they rotate on every use)
	 */
	public record Client(@DefaultValue("falcon-gateway") @NotBlank String id, @NotBlank String secret,
			@DefaultValue("/login/oauth2/code/falcon") @NotBlank String redirectPath,
			@DefaultValue("/") @NotBlank String postLogoutRedirectPath,
			@DefaultValue("15m") @NotNull Duration accessTokenTimeToLive,
			@DefaultValue("8h") @NotNull Duration refreshTokenTimeToLive) {

		/**
		 * Returns the secret as stored for a delegating password encoder.
		 * @return the secret with an encoder id prefix
		 */
		public String storedSecret() {
			return IdpProperties.storedSecret(this.secret);
		}

		@Override
		public String toString() {
			return "Client[id=" + this.id + "]";
		}

	}

	/**
	 * The ingest services' own client: the client credentials grant only, for calls
	 * between services (dropbox-ingest hands export files to diet-service and
	 * fitbit-service). Its tokens carry the API audience, the client id as subject and
	 * the {@code falcon.internal} scope, which only {@code /internal/**} endpoints
	 * accept.
	 *
	 * @param secret client secret, plain (stored as {@code {noop}}) or prefixed with an
	 * encoder id
	 * @param accessTokenTimeToLive lifetime of access tokens
	 */
	public record ServiceClient(@DefaultValue("falcon-ingest") @NotBlank String id, @NotBlank String secret,
			@DefaultValue("5m") @NotNull Duration accessTokenTimeToLive) {

		/**
		 * Returns the secret as stored for a delegating password encoder.
		 * @return the secret with an encoder id prefix
		 */
		public String storedSecret() {
			return IdpProperties.storedSecret(this.secret);
		}

		@Override
		public String toString() {
			return "ServiceClient[id=" + this.id + "]";
		}

	}

	/**
	 * A devstack demo account and its profile claims. Demo credentials only.
	 *
	 * @param username login name, also the token subject
	 * @param password plain (stored as {@code {noop}}) or prefixed with an encoder id
	 * @param name display name
	 * @param email email address, reported as verified
	 */
	public record DemoUser(@NotBlank String username, @NotBlank String password, @NotBlank String name,
			@NotBlank @Email String email) {

		/**
		 * Returns the password as stored for a delegating password encoder.
		 * @return the password with an encoder id prefix
		 */
		public String storedPassword() {
			return IdpProperties.storedSecret(this.password);
		}

		@Override
		public String toString() {
			return "DemoUser[username=" + this.username + "]";
		}

	}

}
