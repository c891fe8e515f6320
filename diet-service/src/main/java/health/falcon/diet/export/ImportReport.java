package health.falcon.diet.export;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an import did, per file read.
 *
 * @param files one entry per CSV file (and one for the upload itself when it was refused
 * as a whole)
 */
public record ImportReport(List<FileReport> files) {

	/**
	 * One file.
	 *
	 * @param file its name inside the upload
	 * @param kind {@code NUTRITION}, {@code EXERCISE}, {@code MEASUREMENT} or
	 * {@code UNSUPPORTED} (told by its header row)
	 * @param rowsImported rows stored (unchanged rows included: a re-import stores them
	 * again and changes nothing)
	 * @param rowsSkipped totals rows and unreadable rows
	 * @param errors unreadable rows and files
	 */
	public record FileReport(String file, String kind, int rowsImported, int rowsSkipped, List<Problem> errors) {

	}

	/**
	 * Something that could not be read.
	 *
	 * @param line the 1-based line, when known
	 * @param reason what was wrong
	 */
	public record Problem(@Nullable Integer line, String reason) {

	}

	/**
	 * Whether the upload was refused as a whole.
	 * @param upload the upload's name
	 * @return whether a file report for the upload itself holds an error
	 */
	boolean refused(String upload) {
		return this.files.stream().anyMatch((file) -> file.file().equals(upload) && !file.errors().isEmpty());
	}

}
