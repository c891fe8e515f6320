package health.falcon.ingest.imports;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An imported file as every import endpoint shows it, whichever service read it
 * ({@code docs/ingest-contracts.md}, "File imports").
 *
 * @param id the import's id
 * @param provider the provider in its path
 * @param origin how the file came
 * @param fileName the file's name
 * @param size its length in bytes, {@code null} for a synced file not downloaded
 * @param sha256 its content's SHA-256, {@code null} for a synced file not downloaded
 * @param format the format recognised, {@code null} until then or when unknown
 * @param status where it is
 * @param reason why the file as a whole was refused, skipped, unsupported, a duplicate or
 * handed off
 * @param duplicateOf the earlier import of the same content, for {@code DUPLICATE}
 * @param zone the zone wall times without one are read in
 * @param zoneAssumed whether that zone was assumed rather than chosen
 * @param progress how far reading has got
 * @param rowsImported rows stored
 * @param rowsSkipped rows not stored
 * @param files per-file summaries of an archive or a single file
 * @param skipped rows or files skipped on purpose, by file and reason
 * @param errors rejected rows and unreadable files
 * @param moreErrors errors not listed
 * @param dropbox where a synced file is in Dropbox, {@code null} otherwise
 * @param createdAt when the file was accepted
 * @param updatedAt when the record last changed
 * @param finishedAt when the import ended, {@code null} while it runs
 */
public record ImportView(String id, String provider, ImportOrigin origin, String fileName, @Nullable Long size,
		@Nullable String sha256, @Nullable String format, ImportStatus status, @Nullable String reason,
		@Nullable String duplicateOf, @Nullable String zone, boolean zoneAssumed, Progress progress, long rowsImported,
		long rowsSkipped, List<FileSummary> files, List<Skipped> skipped, List<RowError> errors, long moreErrors,
		@Nullable DropboxLocation dropbox, @Nullable Instant createdAt, @Nullable Instant updatedAt,
		@Nullable Instant finishedAt) {

	/**
	 * How far reading has got, in the reader's units (archive entries or files).
	 *
	 * @param done units read
	 * @param total units to read, 0 while unknown
	 */
	public record Progress(int done, int total) {

	}

	/**
	 * One file read inside the upload.
	 *
	 * @param name its name inside the upload
	 * @param kind what it was recognised as
	 * @param rowsImported rows stored from it
	 * @param rowsSkipped rows of it not stored
	 */
	public record FileSummary(String name, String kind, long rowsImported, long rowsSkipped) {

	}

	/**
	 * Rows or files skipped on purpose for one reason.
	 *
	 * @param file the file, or a family of files
	 * @param reason why
	 * @param count how many
	 */
	public record Skipped(String file, String reason, long count) {

	}

	/**
	 * A rejected row, or a file that could not be read.
	 *
	 * @param file the file inside the upload, {@code null} for the upload itself
	 * @param line the 1-based line, when known
	 * @param reason what was wrong
	 */
	public record RowError(@Nullable String file, @Nullable Integer line, String reason) {

	}

}
