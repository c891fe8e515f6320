package health.falcon.dropbox.sync;

/**
 * The watched folder does not exist in the user's Dropbox ({@code path/not_found}). The
 * run fails with this message and the connection stays; the next sync tries again, so
 * creating the folder (or choosing another) is enough.
 */
class FolderNotFoundException extends RuntimeException {

	FolderNotFoundException() {
		super("folder not found: create the watched folder in Dropbox or choose another one");
	}

}
