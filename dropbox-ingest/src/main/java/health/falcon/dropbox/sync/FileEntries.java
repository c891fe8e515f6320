package health.falcon.dropbox.sync;

import java.util.Optional;

import health.falcon.dropbox.imports.DropboxFile;
import health.falcon.dropbox.imports.DropboxFiles;
import health.falcon.ingest.spi.SyncContext;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Handles the entries of a listing, one at a time and durably before the cursor moves
 * past them: a file whose content was imported before is left alone; a new revision is
 * downloaded, checked against the listed {@code content_hash} and imported; a file too
 * large or not downloadable is recorded as skipped; a download Dropbox refuses or whose
 * hash does not match is recorded as failed and retried by later syncs; a deleted entry
 * marks the files at (or below) its path deleted; folders need nothing. An entry without
 * the fields a file must have is quarantined.
 */
@Component
class FileEntries {

	private final DropboxFiles files;

	private final ContentDownloads downloads;

	private final ReadRetries retries;

	FileEntries(DropboxFiles files, ContentDownloads downloads, ReadRetries retries) {
		this.files = files;
		this.downloads = downloads;
		this.retries = retries;
	}

	/**
	 * Handle one entry.
	 * @return rows written
	 */
	long handle(SyncContext context, JsonNode entry) {
		return switch (entry.path(".tag").asString("")) {
			case "file" -> file(context, entry);
			case "deleted" -> {
				this.files.deleted(context.userId(), entry.path("path_lower").asString(""), context.clock().instant());
				yield 0;
			}
			default -> 0;
		};
	}

	/**
	 * Import one revision unless its content was imported before.
	 * @return rows written
	 */
	long file(SyncContext context, DropboxFile file) {
		String userId = context.userId();
		if (this.files.unchanged(userId, file)) {
			return 0;
		}
		long max = this.files.maxFileSize();
		if (file.size() > max) {
			this.files.skipped(userId, file, "larger than the import limit (" + file.size() + " bytes, limit "
					+ DataSize.ofBytes(max) + "); not downloaded");
			return 0;
		}
		Download download;
		try {
			download = this.retries.call(() -> this.downloads.download(context.api(), file.rev(), max));
		}
		catch (DownloadRefusedException ex) {
			this.files.failed(userId, file, ex.getMessage());
			return 0;
		}
		catch (DownloadTooLargeException ex) {
			this.files.skipped(userId, file, "larger than the import limit; not imported");
			return 0;
		}
		try {
			if (!download.contentHash().equals(file.contentHash())) {
				this.files.failed(userId, file, "content hash mismatch: the download does not match the listed"
						+ " content_hash; it is downloaded again by the next sync");
				return 0;
			}
			return this.files.importRevision(userId, file, download.file(), download.sha256());
		}
		finally {
			ContentDownloads.delete(download.file());
		}
	}

	private long file(SyncContext context, JsonNode entry) {
		Optional<DropboxFile> file = dropboxFile(entry);
		if (file.isEmpty()) {
			context.quarantine(entry.path("path_lower").asString("(no path)"),
					"file entry without id, rev, path or content_hash", entry.toString());
			return 0;
		}
		if (!entry.path("is_downloadable").asBoolean(true)) {
			this.files.skipped(context.userId(), file.get(),
					"not downloadable from Dropbox (for example a Google or Paper document)");
			return 0;
		}
		return file(context, file.get());
	}

	private static Optional<DropboxFile> dropboxFile(JsonNode entry) {
		String id = entry.path("id").asString("");
		String path = entry.path("path_lower").asString("");
		String rev = entry.path("rev").asString("");
		String hash = entry.path("content_hash").asString("");
		if (id.isEmpty() || path.isEmpty() || rev.isEmpty() || hash.isEmpty()) {
			return Optional.empty();
		}
		String name = entry.path("name").asString(path.substring(path.lastIndexOf('/') + 1));
		return Optional.of(new DropboxFile(id, name, path, rev, hash, entry.path("size").asLong(0)));
	}

}
