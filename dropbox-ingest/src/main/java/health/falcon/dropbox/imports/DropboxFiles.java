package health.falcon.dropbox.imports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import health.falcon.dropbox.store.DropboxRows;
import health.falcon.ingest.imports.DropboxLocation;
import health.falcon.ingest.imports.FileImports;
import health.falcon.ingest.imports.ImportJob;
import health.falcon.ingest.imports.ImportOrigin;
import health.falcon.ingest.imports.ImportStatus;
import health.falcon.ingest.imports.ImportView;
import health.falcon.ingest.imports.KeptFile;
import health.falcon.documents.settings.UserZones;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * What the Dropbox sync does with the files it lists, each kept in
 * {@code imported_files}: recognise a revision whose content was imported before (not
 * imported again), read a new revision through the ingest kit's pipeline
 * ({@link FileImports#readNow}, the same {@link FileImporter} as uploads) into the file's
 * record, and only then delete the rows of the file's earlier content, record skipped and
 * failed files (failed downloads are retried by later syncs, at most
 * {@value #MAX_ATTEMPTS} times), and mark files deleted in Dropbox (their rows stay,
 * flagged).
 */
@Service
public class DropboxFiles {

	/** Downloads of one revision tried at most, across syncs. */
	public static final int MAX_ATTEMPTS = 5;

	private static final Logger logger = LoggerFactory.getLogger(DropboxFiles.class);

	private final FileImports imports;

	private final DropboxFileRecords records;

	private final DropboxRows rows;

	private final UserZones zones;

	private final ImportProperties properties;

	private final Clock clock;

	DropboxFiles(FileImports imports, DropboxFileRecords records, DropboxRows rows, UserZones zones,
			ImportProperties properties, Clock clock) {
		this.imports = imports;
		this.records = records;
		this.rows = rows;
		this.zones = zones;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @return the largest file downloaded
	 * ({@code falcon.dropbox.imports.max-upload-size}) in bytes
	 */
	public long maxFileSize() {
		return this.properties.maxUploadSize().toBytes();
	}

	/**
	 * Whether this revision's content is the one imported last; if so the record notes it
	 * was seen (path, rev) and a deletion mark is lifted (the file was moved or
	 * restored).
	 * @param userId the owner
	 * @param file the listed revision
	 * @return {@code true} when nothing needs importing
	 */
	public boolean unchanged(String userId, DropboxFile file) {
		Optional<Document> record = this.records.find(userId, file.dropboxId());
		if (record.isEmpty() || !file.contentHash().equals(record.get().getString("importedContentHash"))) {
			return false;
		}
		// the content is back to what was imported (a move or a restore), so there
		// is nothing left to retry
		this.records.save(userId, file,
				new Document("deleted", false).append("deletedAt", null).append("retry", false));
		if (record.get().getBoolean("deleted", false)) {
			this.rows.markRestored(userId, file.dropboxId());
		}
		return true;
	}

	/**
	 * Record a file that is not downloaded.
	 * @param userId the owner
	 * @param file the listed revision
	 * @param reason why (shown to the user)
	 */
	public void skipped(String userId, DropboxFile file, String reason) {
		this.records.save(userId, file,
				ended(ImportStatus.SKIPPED, reason, userId).append("importedRev", file.rev())
					.append("importedContentHash", file.contentHash())
					.append("retry", false));
	}

	/**
	 * Record a revision that could not be downloaded intact; it stays on the retry list
	 * until it succeeds or has failed {@value #MAX_ATTEMPTS} times. Rows of an earlier
	 * revision stay.
	 * @param userId the owner
	 * @param file the listed revision
	 * @param reason why (shown to the user)
	 */
	public void failed(String userId, DropboxFile file, String reason) {
		Optional<Document> record = this.records.find(userId, file.dropboxId());
		boolean sameRevision = record.isPresent() && file.rev().equals(record.get().getString("rev"));
		int attempts = (sameRevision ? record.get().getInteger("attempts", 0) : 0) + 1;
		this.records.save(userId, file, ended(ImportStatus.FAILED, reason, userId).append("attempts", attempts)
			.append("retry", attempts < MAX_ATTEMPTS));
	}

	/**
	 * Import a downloaded revision. Rows of the file's earlier content are deleted only
	 * after this revision's rows are written, and only when it imported; a revision that
	 * cannot be read keeps the earlier rows (the record says why).
	 * @param userId the owner
	 * @param file the listed revision
	 * @param content the downloaded content (the caller deletes it)
	 * @param sha256 its SHA-256
	 * @return rows written
	 */
	public long importRevision(String userId, DropboxFile file, Path content, String sha256) {
		ZoneId zone = this.zones.zoneOf(userId);
		Document record = this.records.save(userId, file,
				new Document("status", ImportStatus.RUNNING.name()).append("sha256", sha256)
					.append("zone", zone.getId())
					.append("zoneAssumed", true)
					.append("finishedAt", null));
		String id = record.getString("_id");
		// no supported format states a zone: the profile zone (or UTC) is always assumed
		ImportJob job = new ImportJob(id, userId, ImportOrigin.DROPBOX,
				new KeptFile(content, file.name(), file.size(), sha256), zone, true, null,
				new DropboxLocation(file.dropboxId(), file.path(), file.rev(), file.contentHash(),
						record.getString("importedRev"), false, null));
		ImportView read = this.imports.readNow(DropboxImportReader.PROVIDER, job);
		if (read.status() == ImportStatus.FAILED && FileImports.BROKE_OFF.equals(read.reason())) {
			logger.warn("Import of Dropbox file record {} broke off", id);
			failed(userId, file, "the import broke off unexpectedly; it is tried again by the next sync");
			return 0;
		}
		if (read.status() == ImportStatus.SUCCEEDED) {
			this.rows.deleteOtherRevisions(userId, file.dropboxId(), sha256);
		}
		this.records.update(id,
				new Document("importedRev", file.rev()).append("importedContentHash", file.contentHash())
					.append("retry", false)
					.append("attempts", 0));
		return read.rowsImported();
	}

	/**
	 * Mark the files at a path, or below it (a deleted folder), deleted; their rows stay,
	 * flagged {@code source.deleted}.
	 * @param userId the owner
	 * @param path the deleted entry's lower-case path
	 * @param at when the deletion was seen
	 * @return files marked
	 */
	public int deleted(String userId, String path, Instant at) {
		List<Document> live = this.records.liveAt(userId, path);
		for (Document record : live) {
			this.records.update(record.getString("_id"),
					new Document("deleted", true).append("deletedAt", Date.from(at)).append("retry", false));
			this.rows.markDeleted(userId, record.getString("dropboxId"), at);
		}
		return live.size();
	}

	/**
	 * The failed revisions to try again.
	 * @param userId the owner
	 * @param limit at most this many
	 * @return oldest failure first
	 */
	public List<DropboxFile> retries(String userId, int limit) {
		List<DropboxFile> files = new ArrayList<>();
		for (Document record : this.records.retries(userId, limit)) {
			files.add(new DropboxFile(record.getString("dropboxId"), record.getString("fileName"),
					record.getString("path"), record.getString("rev"), record.getString("contentHash"),
					(record.get("size") instanceof Number size) ? size.longValue() : 0));
		}
		return files;
	}

	/**
	 * Delete everything the user's Dropbox gave: rows and file records (uploads stay).
	 * @param userId the owner
	 * @return rows deleted
	 */
	public long purge(String userId) {
		long deleted = this.rows.purge(userId);
		this.records.purge(userId);
		return deleted;
	}

	/**
	 * The fields of a file that ended without being read, in the kit's shape.
	 */
	private Document ended(ImportStatus status, String reason, String userId) {
		return new Document("status", status.name()).append("format", null)
			.append("reason", reason)
			.append("rowsImported", 0L)
			.append("rowsSkipped", 0L)
			.append("files", List.of())
			.append("skipped", List.of())
			.append("errors", List.of())
			.append("moreErrors", 0L)
			.append("zone", this.zones.zoneOf(userId).getId())
			.append("zoneAssumed", true)
			.append("finishedAt", Date.from(this.clock.instant()));
	}

}
