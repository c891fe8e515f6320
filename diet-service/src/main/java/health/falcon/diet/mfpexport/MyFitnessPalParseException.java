package health.falcon.diet.mfpexport;

/**
 * The only exception the parsers throw: the file as a whole cannot be read as the
 * expected summary (unreadable stream, too large, or a header of another kind). Single
 * bad rows never throw; they become {@link RowError}s. The message is safe to show.
 */
public class MyFitnessPalParseException extends Exception {

	public MyFitnessPalParseException(String message) {
		super(message);
	}

}
