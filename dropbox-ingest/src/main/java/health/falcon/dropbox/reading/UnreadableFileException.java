package health.falcon.dropbox.reading;

/**
 * The file cannot be read as text: binary content, an Excel workbook, an overlong line or
 * an I/O failure. The message is a safe, user-facing reason.
 */
public class UnreadableFileException extends Exception {

	public UnreadableFileException(String reason) {
		super(reason);
	}

	public UnreadableFileException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
