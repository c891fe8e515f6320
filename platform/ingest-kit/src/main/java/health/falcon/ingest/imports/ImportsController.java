package health.falcon.ingest.imports;

import java.net.URI;
import java.util.List;

import health.falcon.kit.security.CurrentUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/connections/{provider}/imports}: upload of a file, the list of the user's
 * imported files (newest first) and one import's status and report, for every provider
 * whose files the service reads. All are scoped to the signed-in user.
 */
@RestController
@RequestMapping("/api/connections/{provider}/imports")
class ImportsController {

	private final FileImports imports;

	ImportsController(FileImports imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportAccepted> upload(@PathVariable String provider, CurrentUser user,
			@RequestPart("file") MultipartFile file, @RequestParam(required = false) @Nullable String timeZone,
			@RequestParam(required = false) @Nullable String profile) {
		ImportAccepted accepted = this.imports
			.accept(new ImportRequest(provider, user.id(), ImportOrigin.UPLOAD, timeZone, profile), file);
		return ResponseEntity.accepted().location(location(provider, accepted)).body(accepted);
	}

	@GetMapping
	List<ImportView> list(@PathVariable String provider, CurrentUser user,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
		return this.imports.list(provider, user.id(), limit);
	}

	@GetMapping("/{id}")
	ImportView get(@PathVariable String provider, CurrentUser user, @PathVariable String id) {
		return this.imports.find(provider, user.id(), id);
	}

	static URI location(String provider, ImportAccepted accepted) {
		return URI.create("/api/connections/" + provider + "/imports/" + accepted.id());
	}

}
