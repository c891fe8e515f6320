package health.falcon.dropbox.sync;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Dropbox API v2 shapes (provider-apis.md 3.3), written for these tests.
 */
final class DropboxJson {

	private DropboxJson() {
	}

	static String page(String cursor, boolean hasMore, String... entries) {
		return """
				{"entries":[%s],"cursor":"%s","has_more":%s}""".formatted(String.join(",", List.of(entries)), cursor,
				hasMore);
	}

	static String file(String id, String path, String rev, String content) {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		ContentHasher hasher = new ContentHasher();
		hasher.update(bytes, 0, bytes.length);
		return file(id, path, rev, bytes.length, hasher.hex());
	}

	static String file(String id, String path, String rev, long size, String contentHash) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		return """
				{".tag":"file","name":"%s","path_lower":"%s","path_display":"%s","id":"%s",
				 "client_modified":"2026-03-10T07:00:00Z","server_modified":"2026-03-10T07:00:05Z",
				 "rev":"%s","size":%d,"is_downloadable":true,"content_hash":"%s"}""".formatted(name, path.toLowerCase(),
				path, id, rev, size, contentHash);
	}

	static String folder(String path) {
		return """
				{".tag":"folder","name":"%s","path_lower":"%s","path_display":"%s","id":"id:folder%d"}"""
			.formatted(path.substring(path.lastIndexOf('/') + 1), path.toLowerCase(), path, path.length());
	}

	static String deleted(String path) {
		return """
				{".tag":"deleted","name":"%s","path_lower":"%s","path_display":"%s"}"""
			.formatted(path.substring(path.lastIndexOf('/') + 1), path.toLowerCase(), path);
	}

	static String error(String summary, String tagJson) {
		return """
				{"error_summary":"%s","error":%s}""".formatted(summary, tagJson);
	}

}
