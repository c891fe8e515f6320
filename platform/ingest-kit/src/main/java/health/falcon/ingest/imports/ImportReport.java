package health.falcon.ingest.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Told by a reader what happened while it read one file, on the reading thread. Lists are
 * bounded (errors by the reader's {@code maxErrors}, files and skip reasons by
 * {@value #MAX_ENTRIES}) so that a file full of broken lines cannot grow the record
 * without bound; what is not listed is still counted.
 */
public final class ImportReport {

	static final int MAX_ENTRIES = 200;

	private final int maxErrors;

	private final ProgressListener progress;

	private final List<ImportView.FileSummary> files = new ArrayList<>();

	private final Map<String, ImportView.Skipped> skipped = new LinkedHashMap<>();

	private final List<ImportView.RowError> errors = new ArrayList<>();

	private ImportStatus status = ImportStatus.SUCCEEDED;

	private @Nullable String reason;

	private @Nullable String format;

	private long rowsImported;

	private long rowsSkipped;

	private long moreErrors;

	ImportReport(int maxErrors, ProgressListener progress) {
		this.maxErrors = maxErrors;
		this.progress = progress;
	}

	/**
	 * Name the format the file was recognised as.
	 * @param format a stable upper-case name such as {@code OMRON} or
	 * {@code TAKEOUT_FITBIT}
	 */
	public void format(String format) {
		this.format = format;
	}

	/**
	 * Tell how far reading has got, in the reader's own units (archive entries, files).
	 * @param done units read
	 * @param total units to read
	 */
	public void progress(int done, int total) {
		this.progress.update(done, total);
	}

	/**
	 * Count rows stored that belong to no particular file summary.
	 * @param count rows stored (unchanged rows included: a re-read stores them again and
	 * changes nothing)
	 */
	public void imported(long count) {
		this.rowsImported += count;
	}

	/**
	 * Summarise one file read inside the upload (an archive entry, or the upload itself);
	 * its counts are added to the totals.
	 * @param name the file's name inside the upload
	 * @param kind what it was recognised as ({@code NUTRITION}, {@code UNSUPPORTED})
	 * @param imported rows stored from it
	 * @param skipped rows of it not stored
	 */
	public void file(String name, String kind, long imported, long skipped) {
		this.rowsImported += imported;
		this.rowsSkipped += skipped;
		if (this.files.size() < MAX_ENTRIES) {
			this.files.add(new ImportView.FileSummary(name, kind, imported, skipped));
		}
	}

	/**
	 * Count rows or files deliberately not stored, grouped by file and reason.
	 * @param file the file, or a family of files
	 * @param reason why, in a few words
	 * @param count how many
	 */
	public void skipped(String file, String reason, long count) {
		this.rowsSkipped += count;
		String key = file + '\u0000' + reason;
		ImportView.Skipped before = this.skipped.get(key);
		if (before != null) {
			this.skipped.put(key, new ImportView.Skipped(file, reason, before.count() + count));
		}
		else if (this.skipped.size() < MAX_ENTRIES) {
			this.skipped.put(key, new ImportView.Skipped(file, reason, count));
		}
	}

	/**
	 * Reject one row: it is counted as skipped and listed (up to the cap).
	 * @param file the file it is in, {@code null} for a single-file upload
	 * @param line its 1-based line, when known
	 * @param reason what was wrong, without the row's values
	 */
	public void rejected(@Nullable String file, @Nullable Integer line, String reason) {
		this.rowsSkipped++;
		problem(file, line, reason);
	}

	/**
	 * List something that could not be read (a file, an archive entry) without counting a
	 * row.
	 * @param file the file, {@code null} for the upload itself
	 * @param line the 1-based line, when known
	 * @param reason what was wrong
	 */
	public void problem(@Nullable String file, @Nullable Integer line, String reason) {
		if (this.errors.size() < this.maxErrors) {
			this.errors.add(new ImportView.RowError(file, line, reason));
		}
		else {
			this.moreErrors++;
		}
	}

	/**
	 * Say something about the file as a whole without ending the import: the reason is
	 * stored with the status the import ends with (for example a report whose stated
	 * values disagree with its own data).
	 * @param reason what to note
	 */
	public void note(String reason) {
		this.reason = reason;
	}

	/**
	 * End the import as {@code FAILED}: the file was refused as a whole (rows stored
	 * before stay and are counted).
	 * @param reason why
	 */
	public void refuse(String reason) {
		end(ImportStatus.FAILED, reason);
	}

	/**
	 * End the import as {@code UNSUPPORTED}: not a format this reader knows.
	 * @param reason what the file looked like
	 */
	public void unsupported(String reason) {
		end(ImportStatus.UNSUPPORTED, reason);
	}

	/**
	 * End the import as {@code HANDED_OFF}: the file went to the service that imports its
	 * format.
	 * @param reason where it went, naming that service's import
	 */
	public void handedOff(String reason) {
		end(ImportStatus.HANDED_OFF, reason);
	}

	/**
	 * End the import as {@code SKIPPED}: the file was not read.
	 * @param reason why
	 */
	public void skip(String reason) {
		end(ImportStatus.SKIPPED, reason);
	}

	/**
	 * Whether any error was listed or counted so far.
	 * @return {@code true} after a rejected row or a problem
	 */
	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	private void end(ImportStatus status, String reason) {
		this.status = status;
		this.reason = reason;
	}

	ImportResult result() {
		return new ImportResult(this.status, this.reason, this.format, this.rowsImported, this.rowsSkipped,
				List.copyOf(this.files), List.copyOf(this.skipped.values()), List.copyOf(this.errors), this.moreErrors);
	}

	/**
	 * Receives progress as the reader tells it.
	 */
	@FunctionalInterface
	interface ProgressListener {

		void update(int done, int total);

	}

}
