package health.falcon.devstack.sandbox.myfitnesspal;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of the MyFitnessPal emulator ({@code falcon.sandbox.myfitnesspal.*}).
 *
 * @param sessionTimeToLive lifetime of an {@code mfp_session} cookie
 * @param accessTokenTimeToLive lifetime of an API access token ({@code expires_in})
 * @param data seeded diary settings
 */
@Validated
@ConfigurationProperties("falcon.sandbox.myfitnesspal")
public record MyFitnessPalProperties(@DefaultValue("30d") @NotNull Duration sessionTimeToLive,
		@DefaultValue("1h") @NotNull Duration accessTokenTimeToLive, @Valid @DefaultValue Data data) {

	/**
	 * Seeded diaries; the same seed always yields the same meals.
	 *
	 * @param seed random seed
	 * @param zone the zone that decides "today"
	 */
	public record Data(@DefaultValue("42") long seed, @DefaultValue("Europe/Berlin") @NotNull ZoneId zone) {

	}

}
