package health.falcon.dropbox.formats;

/**
 * Receives what a parser reads, row by row, so that files are never held in memory.
 *
 * @param <T> the parsed row type
 */
public interface RowSink<T> {

	/**
	 * A row parsed.
	 */
	void accept(T row);

	/**
	 * A row skipped or refused.
	 * @param error its line and the reason
	 */
	void reject(RowError error);

}
