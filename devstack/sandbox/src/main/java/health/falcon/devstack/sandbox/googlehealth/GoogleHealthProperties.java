package health.falcon.devstack.sandbox.googlehealth;

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
 * Configuration of the Google Health emulator ({@code falcon.sandbox.google-health.*}).
 * The client credentials come from {@code application.yaml} (environment variables with
 * devstack-only fallbacks); everything else defaults here.
 *
 * @param clientId the one registered OAuth client
 * @param clientSecret its secret (a devstack-only demo value unless overridden)
 * @param applicationName name shown on the consent page
 * @param redirectHosts hosts a {@code redirect_uri} may use
 * @param accessTokenTimeToLive access token lifetime ({@code expires_in} is one second
 * less, as Google reports)
 * @param authorizationCodeTimeToLive code lifetime
 * @param quota per-user request limit
 * @param data synthetic data settings
 * @param user the demo account
 * @param webhooks how notifications and handshakes are sent
 */
@Validated
@ConfigurationProperties("falcon.sandbox.google-health")
public record GoogleHealthProperties(@NotBlank String clientId, @NotBlank String clientSecret,
		@DefaultValue("Falcon Health (devstack)") @NotBlank String applicationName, @DefaultValue( {
				"localhost", "127.0.0.1" }) @NotEmpty List<String> redirectHosts,
		@DefaultValue("1h") @NotNull Duration accessTokenTimeToLive,
		@DefaultValue("10m") @NotNull Duration authorizationCodeTimeToLive, @Valid @DefaultValue Quota quota,
		@Valid @DefaultValue Data data, @Valid @DefaultValue User user, @Valid @DefaultValue Webhooks webhooks){

	@Override
	public String toString() {
		return "GoogleHealthProperties[clientId=" + this.clientId + ", user=" + this.user + "]";
	}

	/**
	 * Per-user quota (Google: 300 requests per user per minute).
	 *
	 * @param requestsPerMinute requests per user per UTC minute
	 */
	public record Quota(@DefaultValue("300") @Positive int requestsPerMinute) {

	}

	/**
	 * Synthetic data settings; the same seed always yields the same data.
	 *
	 * @param seed random seed
	 * @param history how far back the data reaches
	 * @param lag how long before now the data ends (the last sync)
	 * @param homeZone where the user lives
	 * @param travelZone where the yearly two-week trip (from the first Saturday of June)
	 * goes
	 */
	public record Data(@DefaultValue("42") long seed, @DefaultValue("365d") @NotNull Duration history,
			@DefaultValue("15m") @NotNull Duration lag, @DefaultValue("Europe/Berlin") @NotNull ZoneId homeZone,
			@DefaultValue("America/New_York") @NotNull ZoneId travelZone) {

	}

	/**
	 * The demo account.
	 *
	 * @param healthUserId Google Health user id
	 * @param legacyUserId the old six-character Fitbit id
	 * @param displayName shown on the consent page
	 * @param age age in years (profile)
	 */
	public record User(@DefaultValue("1234567890") @NotBlank String healthUserId,
			@DefaultValue("A1B2C3") @NotBlank String legacyUserId,
			@DefaultValue("Dana Demo") @NotBlank String displayName, @DefaultValue("38") @Positive int age) {

	}

	/**
	 * Notification settings.
	 *
	 * @param timeout connect and read timeout of handshakes and notifications
	 * @param sendAuthorization whether notifications also carry the registered secret in
	 * {@code Authorization} (Google sends only the signature)
	 */
	public record Webhooks(@DefaultValue("2s") @NotNull Duration timeout,
			@DefaultValue("false") boolean sendAuthorization) {

	}

}
