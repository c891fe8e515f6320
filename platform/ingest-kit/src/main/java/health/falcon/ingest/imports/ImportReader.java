package health.falcon.ingest.imports;

import java.io.IOException;

/**
 * What a service contributes to file imports, the way connectors contribute
 * {@code ProviderConnector}: it recognises its files, reads their rows and stores them.
 * Everything else (the endpoints, the queue, the {@code imported_files} record, the
 * report's shape, duplicates, problems) is the kit's. Declare one bean per provider whose
 * files the service imports.
 */
public interface ImportReader {

	/**
	 * The provider in the import paths: {@code /api/connections/{provider}/imports}.
	 * @return a lower-case provider id such as {@code fitbit}
	 */
	String provider();

	/**
	 * The bounds of this reader's imports.
	 * @return the limits, read once at start-up
	 */
	UploadLimits limits();

	/**
	 * Refuse a request before its file is kept, for options the reader owns (a mapping
	 * profile that does not exist). Accepts everything by default.
	 * @param request the request
	 * @throws health.falcon.kit.problem.ProblemException to refuse it
	 */
	default void validate(ImportRequest request) {
	}

	/**
	 * Refuse a kept upload that cannot be one of this reader's files, before it is queued
	 * (400 {@code invalid-upload} with the message as detail). Accepts everything by
	 * default, so the reader decides while reading ({@code UNSUPPORTED}).
	 * @param file the kept upload
	 * @return why the file is refused, or {@code null} to accept it
	 * @throws IOException if the file cannot be read
	 */
	default @org.jspecify.annotations.Nullable String refuse(KeptFile file) throws IOException {
		return null;
	}

	/**
	 * Read a file and store what it holds, on a worker (or the syncing thread of a synced
	 * file). Stores must be idempotent by natural keys, so that reading the same content
	 * twice changes nothing. Failures of single rows go to the report; an exception that
	 * escapes ends the import as {@code FAILED}.
	 * @param job the file and whose it is
	 * @param report where rows, skips, errors and the outcome are told
	 * @throws IOException if the file cannot be read
	 */
	void read(ImportJob job, ImportReport report) throws IOException;

}
