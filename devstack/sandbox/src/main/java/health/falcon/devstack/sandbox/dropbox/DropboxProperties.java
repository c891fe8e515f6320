package health.falcon.devstack.sandbox.dropbox;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of the Dropbox emulator ({@code falcon.sandbox.dropbox.*}). The app key
 * and secret come from {@code application.yaml} (environment variables with devstack-only
 * fallbacks); everything else defaults here.
 *
 * @param clientId the registered app key
 * @param clientSecret its app secret (also the webhook signing key)
 * @param applicationName name shown on the authorize page
 * @param redirectHosts hosts a {@code redirect_uri} may use
 * @param accessTokenTimeToLive short-lived access token lifetime ({@code expires_in})
 * @param authorizationCodeTimeToLive code lifetime
 * @param longpollMaxWait the longest a longpoll waits, whatever its {@code timeout}
 * @param webhookUri where change notifications go; empty means off until registered
 * through {@code POST /dropbox/sandbox/webhook}
 * @param webhooks how notifications are delivered
 * @param data seeded file settings
 */
@Validated
@ConfigurationProperties("falcon.sandbox.dropbox")
public record DropboxProperties(@NotBlank String clientId, @NotBlank String clientSecret,
		@DefaultValue("Falcon Health (devstack)") @NotBlank String applicationName, @DefaultValue( {
				"localhost", "127.0.0.1" }) @NotEmpty List<String> redirectHosts,
		@DefaultValue("4h") @NotNull Duration accessTokenTimeToLive,
		@DefaultValue("10m") @NotNull Duration authorizationCodeTimeToLive,
		@DefaultValue("480s") @NotNull Duration longpollMaxWait, @DefaultValue("") String webhookUri,
		@Valid @DefaultValue Webhooks webhooks, @Valid @DefaultValue Data data){

	@Override
	public String toString() {
		return "DropboxProperties[clientId=" + this.clientId + ", webhookUri=" + this.webhookUri + "]";
	}

	/**
	 * Webhook delivery.
	 *
	 * @param timeout connect and read timeout of verifications and notifications
	 * @param attempts delivery attempts per notification
	 * @param initialBackoff wait before the first retry; doubled for each further retry
	 */
	public record Webhooks(@DefaultValue("2s") @NotNull Duration timeout, @DefaultValue("4") @Positive int attempts,
			@DefaultValue("1s") @NotNull Duration initialBackoff) {

	}

	/**
	 * Seeded files; the same seed and day always yield the same bytes.
	 *
	 * @param seed random seed
	 * @param zone the zone of the wall times written into the files
	 */
	public record Data(@DefaultValue("42") long seed, @DefaultValue("Europe/Berlin") @NotNull ZoneId zone) {

	}

}
