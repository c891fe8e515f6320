package health.falcon.dropbox.formats;

/**
 * The documented parse exception: the file as a whole cannot be parsed (it is unreadable,
 * or a recognised format lacks what it must have). Single bad rows never throw; they are
 * reported as {@link RowError}s. The message is a safe, user-facing reason.
 */
public class FileFormatException extends Exception {

	public FileFormatException(String reason) {
		super(reason);
	}

	public FileFormatException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
