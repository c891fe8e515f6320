package health.falcon.dropbox.reading;

/**
 * A workbook broke one of the {@link WorkbookLimits}; the message names the limit's
 * property and value and is safe to show.
 */
public class WorkbookRefusedException extends UnreadableFileException {

	/**
	 * Create a refusal.
	 * @param reason the safe reason, naming the limit
	 */
	public WorkbookRefusedException(String reason) {
		super(reason);
	}

}
