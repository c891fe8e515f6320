package health.falcon.fitbit.export;

import java.net.URI;

import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The service-to-service import API: dropbox-ingest hands over Fitbit and Google Takeout
 * export ZIPs it found in a user's Dropbox folder. Only service tokens (scope
 * {@code falcon.internal}, see the service kit) reach {@code /internal/**}; the gateway
 * routes no {@code /internal} path, so the user id parameter never comes from a browser.
 * The import then runs exactly like an upload of the user's own (times read in the user's
 * profile zone unless a zone is given).
 */
@RestController
@RequestMapping("/internal/fitbit/imports")
class InternalImportController {

	private final FitbitImportService imports;

	InternalImportController(FitbitImportService imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<FitbitImportController.Accepted> handOver(
			@RequestParam("user") @Pattern(regexp = "[^\\s]{1,255}") String userId,
			@RequestPart("file") MultipartFile file, @RequestParam(required = false) @Nullable String timeZone) {
		ImportView run = this.imports.start(userId, file, timeZone);
		return ResponseEntity.accepted()
			.location(URI.create("/api/connections/fitbit/imports/" + run.id()))
			.body(new FitbitImportController.Accepted(run.id(), run.status()));
	}

}
