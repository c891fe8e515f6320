package health.falcon.dropbox.settings;

import health.falcon.kit.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's Dropbox settings: the watched folder (subfolders included).
 */
@RestController
@RequestMapping("/api/connections/dropbox/settings")
class DropboxSettingsController {

	private final DropboxSettingsService settings;

	DropboxSettingsController(DropboxSettingsService settings) {
		this.settings = settings;
	}

	@GetMapping
	Settings get(CurrentUser user) {
		return new Settings(this.settings.folder(user.id()).path());
	}

	@PutMapping
	Settings put(CurrentUser user, @Valid @RequestBody Settings settings) {
		return new Settings(this.settings.changeFolder(user.id(), settings.folder()).path());
	}

	/**
	 * The settings as the API reads and writes them.
	 *
	 * @param folder the watched folder: starts with {@code /}, no {@code ..} segment, at
	 * most 1000 characters; {@code /} is the whole Dropbox
	 */
	record Settings(@NotNull @Size(max = 1000) @Pattern(regexp = "/(?!(?:.*/)?\\.\\.(?:/|$)).*",
			message = "must start with / and contain no .. segment") String folder) {

	}

}
