package health.falcon.fitbit.export;

import java.net.URI;

import health.falcon.kit.security.CurrentUser;
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
 * Upload of a Fitbit account archive or Google Takeout export, and the import's progress
 * and report. Both are scoped to the signed-in user.
 */
@RestController
@RequestMapping("/api/connections/fitbit/imports")
class FitbitImportController {

	private final FitbitImportService imports;

	FitbitImportController(FitbitImportService imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Accepted> upload(CurrentUser user, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String timeZone) {
		ImportView run = this.imports.start(user.id(), file, timeZone);
		return ResponseEntity.accepted()
			.location(URI.create("/api/connections/fitbit/imports/" + run.id()))
			.body(new Accepted(run.id(), run.status()));
	}

	@GetMapping("/{id}")
	ImportView get(CurrentUser user, @PathVariable String id) {
		return this.imports.find(user.id(), id);
	}

	/**
	 * The answer to an upload.
	 *
	 * @param id the import id
	 * @param status its status (usually {@code QUEUED})
	 */
	record Accepted(String id, ImportStatus status) {

	}

}
