package health.falcon.dropbox.reading;

/**
 * One line of a text file, without its line terminator.
 *
 * @param number the 1-based line number in the file
 * @param text the text, never containing CR or LF
 */
public record Line(int number, String text) {

	/**
	 * Whether the line holds nothing but whitespace.
	 * @return {@code true} for blank lines
	 */
	public boolean isBlank() {
		return this.text.isBlank();
	}

}
