package health.falcon.dropbox.settings;

import health.falcon.dropbox.config.DropboxProperties;

import org.springframework.stereotype.Component;

/**
 * Which folder each user's Dropbox sync watches: the one the user chose, or the
 * configured default ({@code falcon.dropbox.default-folder}, version 0). Read by the
 * sync; kept apart from {@link DropboxSettingsService}, which queues syncs and so depends
 * on the ingest kit that depends on the sync.
 */
@Component
public class WatchedFolders {

	private final DropboxSettingsRepository repository;

	private final String defaultFolder;

	WatchedFolders(DropboxSettingsRepository repository, DropboxProperties properties) {
		this.repository = repository;
		this.defaultFolder = properties.defaultFolder();
	}

	/**
	 * The folder a user's sync watches.
	 * @param userId the owner
	 * @return the chosen folder, or the default
	 */
	public WatchedFolder folder(String userId) {
		return this.repository.find(userId).orElseGet(() -> new WatchedFolder(this.defaultFolder, 0));
	}

}
