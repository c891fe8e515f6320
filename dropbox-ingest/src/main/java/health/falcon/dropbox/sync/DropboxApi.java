package health.falcon.dropbox.sync;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The RPC routes of Dropbox API v2 the connector uses (on
 * {@code falcon.ingest.providers.dropbox.api-base-url}). Every route is a POST with a
 * JSON body; list results are returned as received so that pages can be archived verbatim
 * and one unusable entry can be quarantined without losing the rest. A route-specific
 * error is a 409 with {@code {"error_summary": "...", "error": {".tag": ...}}}.
 */
@HttpExchange(contentType = MediaType.APPLICATION_JSON_VALUE, accept = MediaType.APPLICATION_JSON_VALUE)
interface DropboxApi {

	/**
	 * The first page of a folder listing.
	 * @param argument {@code {"path", "recursive", "include_deleted", "limit"}}
	 * @return {@code {"entries": [...], "cursor": "...", "has_more": bool}}
	 */
	@PostExchange("/2/files/list_folder")
	String listFolder(@RequestBody ListFolderArgument argument);

	/**
	 * The next page, or the changes since the cursor.
	 * @param argument {@code {"cursor": "..."}}
	 * @return the same shape as {@link #listFolder}; 409 {@code reset} when the cursor is
	 * no longer valid
	 */
	@PostExchange("/2/files/list_folder/continue")
	String listFolderContinue(@RequestBody CursorArgument argument);

	/**
	 * Revoke the access token, its refresh token and every token issued from it.
	 * @param none the literal {@code null}, Dropbox's body of an argument-less route
	 */
	@PostExchange("/2/auth/token/revoke")
	void revoke(@RequestBody String none);

	/**
	 * The argument of {@code files/list_folder}.
	 *
	 * @param path the folder, {@code ""} for the root
	 * @param recursive whether subfolders are listed
	 * @param includeDeleted whether deleted entries are listed in the first listing
	 * @param limit the approximate page size
	 */
	record ListFolderArgument(String path, boolean recursive, @JsonProperty("include_deleted") boolean includeDeleted,
			int limit) {

	}

	/**
	 * The argument of {@code files/list_folder/continue}.
	 *
	 * @param cursor the cursor of the previous page
	 */
	record CursorArgument(String cursor) {

	}

}
