package health.falcon.dropbox.formats;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import health.falcon.dropbox.reading.CsvFields;
import health.falcon.dropbox.reading.Line;
import health.falcon.dropbox.reading.LineReader;
import health.falcon.dropbox.reading.UnreadableFileException;

/**
 * Recognises a file by its first non-blank line: the CardioMood report title, or a CSV
 * header row with a known set of columns (in any order, any case, comma or semicolon
 * delimited).
 */
public final class FormatDetector {

	private static final int MAX_LEADING_BLANK_LINES = 20;

	private FormatDetector() {
	}

	/**
	 * Read up to and including the first non-blank line and recognise it.
	 * @param lines the file, positioned at its start
	 * @return the recognised format, empty when the file is empty or unknown
	 * @throws FileFormatException if the file cannot be read
	 */
	public static Optional<Detected> detect(LineReader lines) throws FileFormatException {
		return header(lines).flatMap(FormatDetector::recognise);
	}

	/**
	 * Read up to and including the first non-blank line.
	 * @param lines the file, positioned at its start
	 * @return the first non-blank line, empty when the file is empty or starts with too
	 * many blank lines
	 * @throws FileFormatException if the file cannot be read
	 */
	public static Optional<Line> header(LineReader lines) throws FileFormatException {
		try {
			for (int i = 0; i < MAX_LEADING_BLANK_LINES; i++) {
				Line line = lines.next();
				if (line == null) {
					return Optional.empty();
				}
				if (!line.isBlank()) {
					return Optional.of(line);
				}
			}
			return Optional.empty();
		}
		catch (UnreadableFileException ex) {
			throw new FileFormatException(ex.getMessage(), ex);
		}
	}

	/**
	 * Recognise a built-in format by its first non-blank line.
	 * @return the format, empty when no built-in format has this header or title
	 */
	public static Optional<Detected> recognise(Line line) {
		String text = line.text().strip();
		if (text.toLowerCase(Locale.ROOT).startsWith("cardiomood report")) {
			return Optional.of(new Detected(FileFormat.CARDIOMOOD, line, '\t', List.of()));
		}
		char delimiter = CsvFields.delimiter(text);
		List<String> columns = CsvFields.split(text, delimiter);
		Columns header = new Columns(columns);
		FileFormat format = null;
		if (header.has("date", "time", "systolic (mmhg)", "diastolic (mmhg)")) {
			format = FileFormat.OMRON_CONNECT;
		}
		else if (header.has("date", "heart rate", "systolic", "diastolic")) {
			format = FileFormat.WITHINGS_BP;
		}
		else if (header.has("time", "sys", "dia")) {
			format = FileFormat.IHEALTH;
		}
		return Optional.ofNullable(format).map((found) -> new Detected(found, line, delimiter, columns));
	}

	/**
	 * Read a header line as CSV, for a format the caller decides
	 * ({@link FileFormat#GENERIC} through a profile).
	 * @param line the header line
	 * @return the header with its delimiter and fields
	 */
	public static Detected csvHeader(Line line, FileFormat format) {
		String text = line.text().strip();
		char delimiter = CsvFields.delimiter(text);
		return new Detected(format, line, delimiter, CsvFields.split(text, delimiter));
	}

}
