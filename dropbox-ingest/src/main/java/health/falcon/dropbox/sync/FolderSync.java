package health.falcon.dropbox.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import health.falcon.dropbox.config.DropboxProperties;
import health.falcon.dropbox.imports.DropboxFile;
import health.falcon.dropbox.imports.DropboxFiles;
import health.falcon.dropbox.settings.WatchedFolders;
import health.falcon.dropbox.settings.WatchedFolder;
import health.falcon.ingest.spi.SyncContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/**
 * One sync of the {@code files} stream: without a cursor (or with the cursor of a folder
 * the user has since changed) the watched folder is listed recursively
 * ({@code files/list_folder}); otherwise only the changes since the cursor are read
 * ({@code files/list_folder/continue}), never a full rescan. Pages are read while
 * {@code has_more}; each page's entries are handled durably before the cursor advances
 * past them. A {@code reset} cursor lists the folder again; a missing folder fails the
 * run with "folder not found". Then failed downloads of earlier runs are tried again (at
 * most {@code falcon.dropbox.retries-per-run}).
 * <p>
 * The stored cursor is {@code <settings version>:<Dropbox cursor>}, so a change of folder
 * makes it stale without touching the kit's cursor. A file that fails (hash mismatch, a
 * refused download) does not hold the cursor back: it is recorded with its reason and put
 * on a retry list, so one bad file cannot block every later change.
 */
@Component
class FolderSync {

	static final String STREAM = "files";

	private static final Logger logger = LoggerFactory.getLogger(FolderSync.class);

	private final WatchedFolders folders;

	private final FileEntries entries;

	private final DropboxFiles files;

	private final ReadRetries retries;

	private final JsonMapper json;

	private final DropboxProperties properties;

	FolderSync(WatchedFolders folders, FileEntries entries, DropboxFiles files, ReadRetries retries, JsonMapper json,
			DropboxProperties properties) {
		this.folders = folders;
		this.entries = entries;
		this.files = files;
		this.retries = retries;
		this.json = json;
		this.properties = properties;
	}

	void run(SyncContext context, DropboxApi api) {
		WatchedFolder folder = this.folders.folder(context.userId());
		// taken before this run's pages, so a file failing now waits for the next run
		List<DropboxFile> failedBefore = this.files.retries(context.userId(), this.properties.retriesPerRun());
		String cursor = dropboxCursor(context.cursor(STREAM), folder);
		boolean listing = cursor == null;
		ListFolderPage page = listing ? list(api, folder) : next(api, folder, cursor);
		for (int pages = 1;; pages++) {
			context.archive("list-folder-page", page.body());
			long written = 0;
			for (JsonNode entry : page.entries()) {
				written += this.entries.handle(context, entry);
			}
			context.advance(STREAM, folder.version() + ":" + page.cursor(), (int) written);
			if (!page.hasMore() || pages >= this.properties.maxPagesPerRun()) {
				break;
			}
			page = next(api, folder, page.cursor());
		}
		if (listing) {
			// a folder listing has no time order, so the backfill reaches its horizon
			// only
			// with the listing's last page; until then nothing is known to be complete
			Instant from = context.backfillFrom();
			context.backfillProgress(from, page.hasMore() ? context.clock().instant() : from);
		}
		retry(context, failedBefore);
	}

	private void retry(SyncContext context, List<DropboxFile> failed) {
		long written = 0;
		for (DropboxFile file : failed) {
			written += this.entries.file(context, file);
		}
		if (!failed.isEmpty()) {
			logger.debug("Tried {} failed Dropbox files again", failed.size());
			context.recordWritten((int) written);
		}
	}

	private ListFolderPage list(DropboxApi api, WatchedFolder folder) {
		try {
			return page(this.retries.call(() -> api.listFolder(
					new DropboxApi.ListFolderArgument(folder.apiPath(), true, false, this.properties.pageLimit()))));
		}
		catch (HttpClientErrorException ex) {
			throw translated(ex);
		}
	}

	private ListFolderPage next(DropboxApi api, WatchedFolder folder, String cursor) {
		try {
			return page(this.retries.call(() -> api.listFolderContinue(new DropboxApi.CursorArgument(cursor))));
		}
		catch (HttpClientErrorException ex) {
			if (DropboxApiError.isConflict(ex) && DropboxApiError.of(ex, this.json).reset()) {
				logger.info("Dropbox reset a list cursor; listing the watched folder again");
				return list(api, folder);
			}
			throw translated(ex);
		}
	}

	private RuntimeException translated(HttpClientErrorException ex) {
		if (DropboxApiError.isConflict(ex) && DropboxApiError.of(ex, this.json).pathNotFound()) {
			return new FolderNotFoundException();
		}
		return ex;
	}

	private ListFolderPage page(String body) {
		JsonNode page = this.json.readTree(body);
		List<JsonNode> entries = new ArrayList<>();
		page.path("entries").forEach(entries::add);
		String cursor = page.path("cursor").asString("");
		if (cursor.isEmpty()) {
			throw new IllegalStateException("Dropbox answered a list page without a cursor");
		}
		return new ListFolderPage(entries, cursor, page.path("has_more").asBoolean(false), body);
	}

	static @Nullable String dropboxCursor(@Nullable String stored, WatchedFolder folder) {
		if (stored == null) {
			return null;
		}
		int colon = stored.indexOf(':');
		if (colon < 0 || !stored.substring(0, colon).equals(Long.toString(folder.version()))) {
			return null;
		}
		return stored.substring(colon + 1);
	}

}
