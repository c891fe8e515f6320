package health.falcon.diet.export;

import java.net.URI;

import health.falcon.kit.security.CurrentUser;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload of a MyFitnessPal export (the ZIP or one of its CSV files), and the import's
 * status and report. Both are scoped to the signed-in user.
 */
@RestController
@RequestMapping("/api/connections/myfitnesspal/imports")
class MyFitnessPalImportController {

	private final MyFitnessPalImportService imports;

	MyFitnessPalImportController(MyFitnessPalImportService imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Accepted> upload(CurrentUser user, @RequestPart("file") MultipartFile file) {
		ImportView run = this.imports.start(user.id(), file);
		return ResponseEntity.accepted()
			.location(URI.create("/api/connections/myfitnesspal/imports/" + run.id()))
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
