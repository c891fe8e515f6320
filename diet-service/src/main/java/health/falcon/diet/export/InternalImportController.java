package health.falcon.diet.export;

import java.net.URI;

import health.falcon.ingest.handoff.HandOffFormat;
import health.falcon.ingest.handoff.HandOffParameters;
import health.falcon.ingest.handoff.HandOffRecords;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The service-to-service import API,
 * {@code POST /internal/myfitnesspal/imports?record=&user=}: dropbox-ingest hands over
 * MyFitnessPal export files a user put in their Dropbox folder or uploaded there. Only
 * service tokens (scope {@code falcon.internal}, see the service kit) reach
 * {@code /internal/**}, and a token alone is not enough: the file is accepted only when
 * {@code record} names dropbox-ingest's record of that user's file, classified as a
 * MyFitnessPal hand-off, and the file's SHA-256 is the record's (the ingest kit's
 * {@link HandOffRecords}); otherwise 404 {@code hand-off-not-found} or 403
 * {@code hand-off-mismatch}, and nothing is stored. The import then runs exactly like an
 * upload of the user's own.
 */
@RestController
@RequestMapping("/internal/myfitnesspal/imports")
class InternalImportController {

	private final MyFitnessPalImportService imports;

	private final HandOffRecords handOffs;

	InternalImportController(MyFitnessPalImportService imports, HandOffRecords handOffs) {
		this.imports = imports;
		this.handOffs = handOffs;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<MyFitnessPalImportController.Accepted> handOver(@Valid HandOffParameters handOff,
			@RequestPart("file") MultipartFile file) {
		this.handOffs.verify(handOff, HandOffFormat.MYFITNESSPAL, file);
		ImportView run = this.imports.start(handOff.user(), file);
		return ResponseEntity.accepted()
			.location(URI.create("/api/connections/myfitnesspal/imports/" + run.id()))
			.body(new MyFitnessPalImportController.Accepted(run.id(), run.status()));
	}

}
