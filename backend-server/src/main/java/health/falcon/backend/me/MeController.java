package health.falcon.backend.me;

import java.time.ZoneId;

import health.falcon.documents.settings.HeartRateSettings;
import health.falcon.kit.security.CurrentUser;
import health.falcon.model.UnitSystem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's profile ({@code GET /api/me}) and settings
 * ({@code PUT /api/me/settings}), the heart-rate settings of the training load included.
 * The user is always the token's subject; no endpoint accepts a user id.
 */
@RestController
@RequestMapping("/api/me")
class MeController {

	private final UserSettingsService settings;

	MeController(UserSettingsService settings) {
		this.settings = settings;
	}

	@GetMapping
	Me me(CurrentUser user) {
		return new Me(user.id(), user.name(), user.email(), Settings.of(this.settings.preferencesOf(user.id())));
	}

	@PutMapping("/settings")
	Settings updateSettings(CurrentUser user, @Valid @RequestBody SettingsUpdate update) {
		Preferences stored = this.settings.update(user.id(), ZoneId.of(update.timeZone()),
				UnitSystem.fromValue(update.units()), update.heartRate());
		return Settings.of(stored);
	}

	record Me(String sub, @Nullable String name, @Nullable String email, Settings settings) {
	}

	/**
	 * The settings as answered.
	 *
	 * @param heartRate the heart-rate settings with the defaults for what is unset;
	 * {@code max} and {@code resting} are {@code null} until set (estimated from the
	 * data)
	 */
	record Settings(@Nullable String timeZone, String units, HeartRateSettings heartRate) {

		static Settings of(Preferences preferences) {
			ZoneId zone = preferences.timeZone();
			return new Settings((zone != null) ? zone.getId() : null, preferences.units().value(),
					preferences.heartRate().effective());
		}

	}

	/**
	 * The settings as sent.
	 *
	 * @param heartRate the heart-rate settings, replacing the stored ones (members left
	 * out are unset); {@code null} or left out keeps the stored ones
	 */
	record SettingsUpdate(@NotBlank @IanaTimeZone String timeZone,
			@NotBlank @Pattern(regexp = "metric|imperial", message = "must be 'metric' or 'imperial'") String units,
			@Valid @Nullable HeartRate heartRate) {
	}

}
