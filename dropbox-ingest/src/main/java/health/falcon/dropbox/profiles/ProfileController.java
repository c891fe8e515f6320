package health.falcon.dropbox.profiles;

import java.net.URI;
import java.util.List;

import health.falcon.documents.settings.UserZones;
import health.falcon.kit.security.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The signed-in user's column mapping profiles: list, create, preview on a sample file
 * (nothing stored) and delete. An upload applies one with {@code POST
 * /api/connections/dropbox/imports?profile={id}}; synced and uploaded files that no
 * built-in format recognises are read with the newest profile whose columns they all
 * have.
 */
@RestController
@RequestMapping("/api/connections/dropbox/profiles")
class ProfileController {

	private final MappingProfiles profiles;

	private final ProfilePreviewer previewer;

	private final UserZones zones;

	ProfileController(MappingProfiles profiles, ProfilePreviewer previewer, UserZones zones) {
		this.profiles = profiles;
		this.previewer = previewer;
		this.zones = zones;
	}

	@GetMapping
	List<StoredProfile> list(CurrentUser user) {
		return this.profiles.list(user.id());
	}

	@GetMapping("/{id}")
	StoredProfile get(CurrentUser user, @PathVariable String id) {
		return this.profiles.find(user.id(), id).orElseThrow(ProfileNotFoundException::new);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<StoredProfile> create(CurrentUser user, @Valid @RequestBody ProfileRequest request) {
		StoredProfile stored = this.profiles.create(user.id(), request.toProfile());
		return ResponseEntity.created(URI.create("/api/connections/dropbox/profiles/" + stored.id())).body(stored);
	}

	@PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ProfilePreview preview(CurrentUser user, @Validated @RequestPart("profile") ProfileRequest profile,
			@RequestPart("file") MultipartFile file) {
		return this.previewer.preview(profile.toProfile(), file, this.zones.zoneOf(user.id()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(CurrentUser user, @PathVariable String id) {
		if (!this.profiles.delete(user.id(), id)) {
			throw new ProfileNotFoundException();
		}
		return ResponseEntity.noContent().build();
	}

}
