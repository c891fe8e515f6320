package health.falcon.ingest.imports;

import health.falcon.ingest.handoff.HandOffParameters;
import health.falcon.ingest.handoff.HandOffRecords;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The receiving side of the hand-off contract ({@link ImportHandOffClient}), {@code POST
 * /internal/{provider}/imports?record=&user=}: dropbox-ingest hands over export files a
 * user put in their Dropbox folder or uploaded there. Only pinned service clients reach
 * {@code /internal/**} (the service kit), and a token alone is not enough: the file is
 * accepted only when {@code record} names dropbox-ingest's record of that user's file,
 * classified for this provider, with the file's SHA-256 ({@link HandOffRecords});
 * otherwise 404 {@code hand-off-not-found} or 403 {@code hand-off-mismatch}, and nothing
 * is stored. The import then runs like an upload of the user's own, with origin
 * {@code HANDOFF}.
 */
@RestController
@RequestMapping("/internal/{provider}/imports")
class InternalImportsController {

	private final FileImports imports;

	InternalImportsController(FileImports imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportAccepted> handOver(@PathVariable String provider, @Valid HandOffParameters handOff,
			@RequestPart("file") MultipartFile file, @RequestParam(required = false) @Nullable String timeZone) {
		ImportAccepted accepted = this.imports.handOver(provider, handOff, file, timeZone);
		return ResponseEntity.accepted().location(ImportsController.location(provider, accepted)).body(accepted);
	}

}
