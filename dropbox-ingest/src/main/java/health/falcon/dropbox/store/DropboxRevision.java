package health.falcon.dropbox.store;

/**
 * One revision of a file in the user's Dropbox, as stored on the rows read from it.
 *
 * @param dropboxId the file's Dropbox id ({@code id:...}), stable across renames and
 * revisions
 * @param path the file's lower-case path ({@code path_lower})
 * @param rev the revision ({@code rev})
 * @param contentHash Dropbox's {@code content_hash} of the revision
 */
public record DropboxRevision(String dropboxId, String path, String rev, String contentHash) {

}
