package health.falcon.dropbox.sync;

import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.client.HttpClientErrorException;

/**
 * A route-specific Dropbox error (HTTP 409), reduced to its {@code error_summary} without
 * the trailing {@code /...} (for example {@code reset}, {@code path/not_found}); bodies
 * that are not Dropbox's JSON become {@code unknown}.
 *
 * @param summary the summary, lower case
 */
record DropboxApiError(String summary) {

	static boolean isConflict(HttpClientErrorException ex) {
		return ex.getStatusCode().value() == 409;
	}

	static DropboxApiError of(HttpClientErrorException ex, JsonMapper json) {
		return of(ex.getResponseBodyAsString(), json);
	}

	static DropboxApiError of(String body, JsonMapper json) {
		try {
			JsonNode error = json.readTree(body);
			String summary = error.path("error_summary").asString("");
			if (summary.isEmpty()) {
				summary = error.path("error").path(".tag").asString("unknown");
			}
			return new DropboxApiError(trim(summary));
		}
		catch (JacksonException ex) {
			return new DropboxApiError("unknown");
		}
	}

	boolean reset() {
		return this.summary.equals("reset");
	}

	boolean pathNotFound() {
		return this.summary.startsWith("path/not_found");
	}

	// Dropbox ends summaries with a slash and a few random dots or commas
	private static String trim(String summary) {
		return summary.toLowerCase(Locale.ROOT).replaceAll("[/.,]+$", "");
	}

}
