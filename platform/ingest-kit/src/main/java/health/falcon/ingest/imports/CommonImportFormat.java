package health.falcon.ingest.imports;

import java.io.IOException;

/**
 * A format that every reader of a service accepts besides its own, read by the kit in the
 * reader's place (Falcon's own export archive, see {@code health.falcon.ingest.restore}).
 * An upload recognised as one is neither refused on sight nor read by the reader.
 */
public interface CommonImportFormat {

	/**
	 * Whether a kept upload is of this format, from its content alone.
	 * @param file the kept upload
	 * @return {@code true} to read it with {@link #read} instead of the reader
	 * @throws IOException if the file cannot be read
	 */
	boolean recognises(KeptFile file) throws IOException;

	/**
	 * Read the file and store what the service owns of it, as a reader does.
	 * @param job the file and whose it is
	 * @param report where records, errors and the outcome are told
	 * @throws IOException if the file cannot be read
	 */
	void read(ImportJob job, ImportReport report) throws IOException;

}
