package health.falcon.dropbox.settings;

import health.falcon.ingest.api.IngestOperations;
import health.falcon.ingest.spi.SyncTrigger;

import org.springframework.stereotype.Service;

/**
 * Changes the folder a user's Dropbox sync watches. Another folder makes the stored list
 * cursor stale (its version no longer matches, so the next sync lists the new folder from
 * scratch) and queues a sync.
 */
@Service
class DropboxSettingsService {

	private final DropboxSettingsRepository repository;

	private final WatchedFolders folders;

	private final IngestOperations ingest;

	DropboxSettingsService(DropboxSettingsRepository repository, WatchedFolders folders, IngestOperations ingest) {
		this.repository = repository;
		this.folders = folders;
		this.ingest = ingest;
	}

	WatchedFolder folder(String userId) {
		return this.folders.folder(userId);
	}

	WatchedFolder changeFolder(String userId, String folder) {
		String normalized = normalize(folder);
		if (!normalized.equals(folder(userId).path())) {
			this.repository.changeFolder(userId, normalized);
			this.ingest.requestSync(userId, "dropbox", SyncTrigger.MANUAL);
		}
		return folder(userId);
	}

	// Dropbox refuses a trailing slash; the root stays "/"
	private static String normalize(String folder) {
		String normalized = folder;
		while (normalized.length() > 1 && normalized.endsWith("/")) {
			normalized = normalized.substring(0, normalized.length() - 1);
		}
		return normalized;
	}

}
