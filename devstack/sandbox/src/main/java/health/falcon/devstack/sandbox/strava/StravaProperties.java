package health.falcon.devstack.sandbox.strava;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of the Strava emulator ({@code falcon.sandbox.strava.*}). The client
 * credentials and the demo athletes come from {@code application.yaml}; everything else
 * defaults here and is validated at startup.
 *
 * @param clientId id of the one registered application
 * @param clientSecret its secret (a devstack-only demo value unless overridden)
 * @param applicationName name shown on the authorize page
 * @param redirectHosts hosts a {@code redirect_uri} may point at (Strava's "callback
 * domain")
 * @param accessTokenTimeToLive lifetime of access tokens
 * @param authorizationCodeTimeToLive lifetime of single-use authorization codes
 * @param rateLimits the application's request limits
 * @param data how the synthetic activities are generated
 * @param webhooks how webhook requests are made
 * @param athletes the athletes a user can connect; the first is preselected
 */
@Validated
@ConfigurationProperties("falcon.sandbox.strava")
public record StravaProperties(@NotBlank String clientId, @NotBlank String clientSecret,
		@DefaultValue("Falcon Health (devstack)") @NotBlank String applicationName, @DefaultValue( {
				"localhost", "127.0.0.1" }) @NotEmpty List<String> redirectHosts,
		@DefaultValue("6h") @NotNull Duration accessTokenTimeToLive,
		@DefaultValue("10m") @NotNull Duration authorizationCodeTimeToLive, @Valid @DefaultValue RateLimits rateLimits,
		@Valid @DefaultValue Data data, @Valid @DefaultValue Webhooks webhooks,
		@Valid @NotEmpty List<Athlete> athletes){

	/**
	 * Returns the configured athlete with the given id.
	 * @return the athlete, or empty when there is none
	 */
	public Optional<Athlete> findAthlete(long id) {
		return this.athletes.stream().filter((athlete) -> athlete.id() == id).findFirst();
	}

	@Override
	public String toString() {
		return "StravaProperties[clientId=" + this.clientId + ", athletes=" + this.athletes + "]";
	}

	/**
	 * Per-application request limits, reported in the {@code X-RateLimit-*} and
	 * {@code X-ReadRateLimit-*} headers.
	 *
	 * @param quarterHour overall requests per 15-minute window
	 * @param daily overall requests per UTC day
	 * @param readQuarterHour read ("non-upload") requests per 15-minute window
	 * @param readDaily read requests per UTC day
	 */
	public record RateLimits(@DefaultValue("200") @Positive int quarterHour, @DefaultValue("2000") @Positive int daily,
			@DefaultValue("100") @Positive int readQuarterHour, @DefaultValue("1000") @Positive int readDaily) {

	}

	/**
	 * Synthetic data settings. The same seed always yields the same activities and ids.
	 *
	 * @param seed random seed
	 * @param history how far back the activities reach
	 * @param lag how long before start-up the history ends
	 * @param homeZone where the athletes live when they are not travelling
	 */
	public record Data(@DefaultValue("42") long seed, @DefaultValue("365d") @NotNull Duration history,
			@DefaultValue("3h") @NotNull Duration lag, @DefaultValue("Europe/Berlin") @NotNull ZoneId homeZone) {

	}

	/**
	 * Webhook request settings.
	 *
	 * @param timeout connect and read timeout of the handshake and of each delivery
	 * (Strava allows 2 s)
	 * @param attempts delivery attempts per event (Strava makes up to 3)
	 */
	public record Webhooks(@DefaultValue("2s") @NotNull Duration timeout, @DefaultValue("3") @Positive int attempts) {

	}

	/**
	 * An athlete of the emulated Strava.
	 *
	 * @param city home city
	 * @param country home country
	 * @param weight weight in kilograms, used for calories
	 */
	public record Athlete(@Positive long id, @NotBlank String firstname, @NotBlank String lastname,
			@DefaultValue("Berlin") @NotBlank String city, @DefaultValue("Germany") @NotBlank String country,
			@DefaultValue("70") @Positive double weight) {

		/**
		 * Returns the first and last name, separated by a space.
		 */
		public String displayName() {
			return this.firstname + " " + this.lastname;
		}

	}

}
