package health.falcon.fitbit.export;

/**
 * Told how far an import has got, after each data file.
 */
@FunctionalInterface
public interface ImportProgress {

	/** Ignores progress. */
	ImportProgress NONE = (done, total) -> {
	};

	/**
	 * Report progress.
	 * @param entriesDone data files finished
	 * @param entriesTotal data files to read
	 */
	void update(int entriesDone, int entriesTotal);

}
