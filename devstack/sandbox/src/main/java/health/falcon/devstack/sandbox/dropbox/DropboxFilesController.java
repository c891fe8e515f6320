package health.falcon.devstack.sandbox.dropbox;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The {@code files/list_folder} RPC routes ({@code POST /dropbox/api/2/files/...}, JSON
 * in and out, bearer token).
 */
@RestController
class DropboxFilesController {

	private static final String BASE = "/dropbox/api/2/";

	private final ApiAccess access;

	private final FolderListing listing;

	DropboxFilesController(ApiAccess access, FolderListing listing) {
		this.access = access;
		this.listing = listing;
	}

	@PostMapping(BASE + "files/list_folder")
	Map<String, Object> listFolder(@RequestBody(required = false) @Nullable String body,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String contentType,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		String route = "files/list_folder";
		DropboxAccount account = this.access.authenticate(route, authorization);
		ListArguments arguments = ListArguments.of(RpcArguments.parse(route, body, contentType).requireObject(), route);
		return this.listing.list(account, arguments.path(), arguments.recursive(), arguments.includeDeleted(),
				arguments.limit());
	}

	@PostMapping(BASE + "files/list_folder/continue")
	Map<String, Object> listFolderContinue(@RequestBody(required = false) @Nullable String body,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String contentType,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		String route = "files/list_folder/continue";
		DropboxAccount account = this.access.authenticate(route, authorization);
		String cursor = RpcArguments.parse(route, body, contentType).requireObject().string("cursor", null);
		return this.listing.next(account, cursor);
	}

	@PostMapping(BASE + "files/list_folder/get_latest_cursor")
	Map<String, Object> latestCursor(@RequestBody(required = false) @Nullable String body,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String contentType,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		String route = "files/list_folder/get_latest_cursor";
		DropboxAccount account = this.access.authenticate(route, authorization);
		ListArguments arguments = ListArguments.of(RpcArguments.parse(route, body, contentType).requireObject(), route);
		return Map.of("cursor", this.listing.latestCursor(account, arguments.path(), arguments.recursive(),
				arguments.includeDeleted(), arguments.limit()));
	}

	/**
	 * The supported fields of {@code ListFolderArg}; the others are accepted and ignored.
	 *
	 * @param path {@code ""} (root), {@code /a/b} or {@code id:...}
	 * @param recursive whether to descend
	 * @param includeDeleted whether to list deleted entries
	 * @param limit page size, 1 to 2000
	 */
	record ListArguments(String path, boolean recursive, boolean includeDeleted, int limit) {

		static ListArguments of(RpcArguments arguments, String route) {
			String path = arguments.string("path", null);
			if (path.equals("/")) {
				throw new BadInputException(route,
						"request body: path: Specify the root folder as an empty string rather than as \"/\".");
			}
			if (!path.isEmpty() && !path.startsWith("id:")
					&& (!path.startsWith("/") || path.endsWith("/") || path.contains("//"))) {
				throw new BadInputException(route, "request body: path: '" + path
						+ "' did not match pattern '(/(.|[\\r\\n])*)?|id:.*|(ns:[0-9]+(/.*)?)'");
			}
			return new ListArguments(path, arguments.bool("recursive", false), arguments.bool("include_deleted", false),
					arguments.integer("limit", FolderListing.MAX_LIMIT, 1, FolderListing.MAX_LIMIT));
		}

	}

}
