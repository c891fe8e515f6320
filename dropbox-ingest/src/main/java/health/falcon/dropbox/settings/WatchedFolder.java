package health.falcon.dropbox.settings;

/**
 * The folder a user's Dropbox sync watches (with its subfolders).
 *
 * @param path the folder as the user wrote it, starting with {@code /}; {@code /} is the
 * whole Dropbox
 * @param version increases with every change of folder, so that a list cursor of an
 * earlier folder is recognised as stale
 */
public record WatchedFolder(String path, long version) {

	/**
	 * @return the {@code path} argument of {@code files/list_folder} ({@code ""} for the
	 * root)
	 */
	public String apiPath() {
		return "/".equals(this.path) ? "" : this.path;
	}

}
