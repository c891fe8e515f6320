package health.falcon.devstack.sandbox.dropbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a listing or of the change log: a file revision, a folder or a deletion,
 * with Dropbox's field names when written as JSON.
 *
 * @param tag the kind of entry
 * @param name last path element, as displayed
 * @param pathLower the path in lower case
 * @param pathDisplay the path as the user spelled it
 * @param id the {@code id:...} (files and folders)
 * @param rev the revision, hex (files)
 * @param size bytes (files)
 * @param serverModified when the revision was stored (files)
 * @param contentHash the {@link ContentHash} (files)
 */
record Metadata(Tag tag, String name, String pathLower, String pathDisplay, @Nullable String id, @Nullable String rev,
		long size, @Nullable Instant serverModified, @Nullable String contentHash) {

	static Metadata file(String pathDisplay, String id, String rev, byte[] content, Instant modified) {
		return new Metadata(Tag.FILE, name(pathDisplay), lower(pathDisplay), pathDisplay, id, rev, content.length,
				modified.truncatedTo(ChronoUnit.SECONDS), ContentHash.of(content));
	}

	static Metadata folder(String pathDisplay, String id) {
		return new Metadata(Tag.FOLDER, name(pathDisplay), lower(pathDisplay), pathDisplay, id, null, 0, null, null);
	}

	Metadata deleted() {
		return new Metadata(Tag.DELETED, this.name, this.pathLower, this.pathDisplay, null, null, 0, null, null);
	}

	static String lower(String path) {
		return path.toLowerCase(Locale.ROOT);
	}

	private static String name(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	/**
	 * The entry as Dropbox writes it.
	 * @param withTag whether to start with {@code .tag} (listings) or not (the
	 * {@code Dropbox-API-Result} header)
	 * @return the JSON object's fields, in Dropbox's order
	 */
	Map<String, Object> toJson(boolean withTag) {
		Map<String, Object> json = new LinkedHashMap<>();
		if (withTag) {
			json.put(".tag", this.tag.json());
		}
		json.put("name", this.name);
		json.put("path_lower", this.pathLower);
		json.put("path_display", this.pathDisplay);
		if (this.tag == Tag.DELETED) {
			return json;
		}
		json.put("id", this.id);
		if (this.tag == Tag.FILE) {
			String stamp = String.valueOf(this.serverModified);
			json.put("client_modified", stamp);
			json.put("server_modified", stamp);
			json.put("rev", this.rev);
			json.put("size", this.size);
			json.put("is_downloadable", true);
			json.put("content_hash", this.contentHash);
		}
		return json;
	}

	/**
	 * Dropbox's metadata subtypes.
	 */
	enum Tag {

		FILE, FOLDER, DELETED;

		String json() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
