package health.falcon.dropbox.imports;

/**
 * One revision of a file in the user's watched Dropbox folder, as listed by
 * {@code files/list_folder}.
 *
 * @param dropboxId the file's id ({@code id:...}), stable across renames and revisions
 * @param path the lower-case path ({@code path_lower})
 * @param contentHash the listed {@code content_hash}
 * @param size the size in bytes
 */
public record DropboxFile(String dropboxId, String name, String path, String rev, String contentHash, long size) {

}
