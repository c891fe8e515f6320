package health.falcon.devstack.sandbox.dropbox;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The content host's {@code files/download}: the argument as JSON in the
 * {@code Dropbox-API-Arg} header (or the {@code arg} parameter), the raw bytes as body
 * and the file's metadata in the {@code Dropbox-API-Result} header.
 */
@RestController
class DropboxDownloadController {

	static final String ROUTE = "files/download";

	private final ApiAccess access;

	private final DropboxFiles store;

	DropboxDownloadController(ApiAccess access, DropboxFiles store) {
		this.access = access;
		this.store = store;
	}

	@RequestMapping(path = "/dropbox/content/2/files/download", method = { RequestMethod.POST, RequestMethod.GET })
	ResponseEntity<byte[]> download(@RequestHeader(name = "Dropbox-API-Arg", required = false) @Nullable String header,
			@RequestParam(name = "arg", required = false) @Nullable String parameter,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		DropboxAccount account = this.access.authenticate(ROUTE, authorization);
		String arg = (header != null) ? header : parameter;
		if (arg == null) {
			throw new BadInputException(ROUTE,
					"Must provide HTTP header \"Dropbox-API-Arg\" or URL parameter \"arg\".");
		}
		String path = RpcArguments.parse(ROUTE, arg, null).requireObject().string("path", null);
		AccountFiles.Revision revision = resolve(this.store.of(account), path);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header("Dropbox-API-Result", HeaderSafeJson.write(revision.metadata().toJson(false)))
			.header(HttpHeaders.ETAG, "W/\"" + revision.metadata().rev() + "\"")
			.body(revision.content());
	}

	private static AccountFiles.Revision resolve(AccountFiles files, String path) {
		if (path.startsWith("rev:")) {
			return files.revision(path.substring(4)).orElseThrow(() -> DropboxApiException.path("not_found"));
		}
		Metadata entry = files.lookup(path).orElseThrow(() -> DropboxApiException.path("not_found"));
		if (entry.tag() != Metadata.Tag.FILE) {
			throw DropboxApiException.path("not_file");
		}
		return files.revision(String.valueOf(entry.rev())).orElseThrow(() -> DropboxApiException.path("not_found"));
	}

}
