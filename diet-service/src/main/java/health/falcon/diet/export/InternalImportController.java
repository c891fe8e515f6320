package health.falcon.diet.export;

import java.net.URI;

import jakarta.validation.constraints.Pattern;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The service-to-service import API: dropbox-ingest hands over MyFitnessPal export files
 * it found in a user's Dropbox folder. Only service tokens (scope
 * {@code falcon.internal}, see the service kit) reach {@code /internal/**}; the gateway
 * routes no {@code /internal} path, so the user id parameter never comes from a browser.
 * The import then runs exactly like an upload of the user's own.
 */
@RestController
@RequestMapping("/internal/myfitnesspal/imports")
class InternalImportController {

	private final MyFitnessPalImportService imports;

	InternalImportController(MyFitnessPalImportService imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<MyFitnessPalImportController.Accepted> handOver(
			@RequestParam("user") @Pattern(regexp = "[^\\s]{1,255}") String userId,
			@RequestPart("file") MultipartFile file) {
		ImportView run = this.imports.start(userId, file);
		return ResponseEntity.accepted()
			.location(URI.create("/api/connections/myfitnesspal/imports/" + run.id()))
			.body(new MyFitnessPalImportController.Accepted(run.id(), run.status()));
	}

}
