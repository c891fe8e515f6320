package health.falcon.fitbit.export;

import java.net.URI;

import health.falcon.ingest.handoff.HandOffFormat;
import health.falcon.ingest.handoff.HandOffParameters;
import health.falcon.ingest.handoff.HandOffRecords;
import jakarta.validation.Valid;
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
 * The service-to-service import API, {@code POST /internal/fitbit/imports?record=&user=}:
 * dropbox-ingest hands over Fitbit and Google Takeout export ZIPs a user put in their
 * Dropbox folder or uploaded there. Only service tokens (scope {@code falcon.internal},
 * see the service kit) reach {@code /internal/**}, and a token alone is not enough: the
 * file is accepted only when {@code record} names dropbox-ingest's record of that user's
 * file, classified as a Fitbit hand-off, and the file's SHA-256 is the record's (the
 * ingest kit's {@link HandOffRecords}); otherwise 404 {@code hand-off-not-found} or 403
 * {@code hand-off-mismatch}, and nothing is stored. The import then runs exactly like an
 * upload of the user's own (times read in the user's profile zone unless a zone is
 * given).
 */
@RestController
@RequestMapping("/internal/fitbit/imports")
class InternalImportController {

	private final FitbitImportService imports;

	private final HandOffRecords handOffs;

	InternalImportController(FitbitImportService imports, HandOffRecords handOffs) {
		this.imports = imports;
		this.handOffs = handOffs;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<FitbitImportController.Accepted> handOver(@Valid HandOffParameters handOff,
			@RequestPart("file") MultipartFile file, @RequestParam(required = false) @Nullable String timeZone) {
		this.handOffs.verify(handOff, HandOffFormat.FITBIT, file);
		ImportView run = this.imports.start(handOff.user(), file, timeZone);
		return ResponseEntity.accepted()
			.location(URI.create("/api/connections/fitbit/imports/" + run.id()))
			.body(new FitbitImportController.Accepted(run.id(), run.status()));
	}

}
