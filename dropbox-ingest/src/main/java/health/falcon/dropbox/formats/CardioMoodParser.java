package health.falcon.dropbox.formats;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import health.falcon.dropbox.reading.Line;
import health.falcon.dropbox.reading.LineReader;
import health.falcon.dropbox.reading.UnreadableFileException;
import org.jspecify.annotations.Nullable;

/**
 * Parses a CardioMood HRV text report after its title line: the header, every
 * {@code name = value} metric (sections are only headings), and the RR table after
 * {@code The numbers above were calculated using following data:}. SDNN, RMSSD and pNN50
 * are recomputed from the RR series and compared with the stated values
 * ({@link HrvMath}). A bad RR row is reported and skipped; only
 * {@link FileFormatException} escapes (no readable date or measurement time, or an
 * unreadable file).
 */
public final class CardioMoodParser {

	/** The most beats kept (about 28 hours at 60 bpm); bounds memory. */
	public static final int MAX_BEATS = 100_000;

	private static final int MAX_ERRORS = 1000;

	private CardioMoodParser() {
	}

	/**
	 * Parse the report.
	 * @param lines the reader, positioned after the title line
	 * @param zone the zone the report's wall times are read in
	 * @param zoneAssumed whether that zone is assumed (reports state none)
	 * @throws FileFormatException if the report cannot be read or lacks its date or time
	 */
	public static HrvReport parse(LineReader lines, ZoneId zone, boolean zoneAssumed) throws FileFormatException {
		CardioMoodHeader header = new CardioMoodHeader();
		Map<String, @Nullable Double> metrics = new LinkedHashMap<>();
		List<Beat> rr = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		boolean table = false;
		try {
			for (Line line = lines.next(); line != null; line = lines.next()) {
				String text = line.text().strip();
				if (table) {
					beat(line, text, rr, errors);
				}
				else if (text.toLowerCase(Locale.ROOT).startsWith("the numbers above were calculated")) {
					table = true;
				}
				else if (!header.read(text) && text.contains("=")) {
					MetricLine.read(text, metrics);
				}
			}
		}
		catch (UnreadableFileException ex) {
			throw new FileFormatException(ex.getMessage(), ex);
		}
		HrvMetrics recomputed = HrvMath.recompute(rr.stream().map(Beat::rrMs).toList());
		return new HrvReport(header.start(zone, zoneAssumed), header.end(zone, zoneAssumed), header.intervals,
				header.artifacts, header.artifactsPercent, header.tag, metrics, rr, recomputed,
				HrvMath.disagreements(metrics, recomputed), errors);
	}

	private static void beat(Line line, String text, List<Beat> rr, List<RowError> errors) {
		if (text.isEmpty() || Character.isLetter(text.charAt(0))) {
			return;
		}
		String[] cells = text.split("\\s+");
		try {
			if (cells.length != 4) {
				throw new NumberFormatException();
			}
			int rrMs = Integer.parseInt(cells[2]);
			if (rrMs < 200 || rrMs > 3000) {
				report(errors, line, "RR interval " + rrMs + " ms is outside 200-3000");
				return;
			}
			if (rr.size() >= MAX_BEATS) {
				report(errors, line, "more than " + MAX_BEATS + " beats; the rest of the series is ignored");
				return;
			}
			rr.add(new Beat(Integer.parseInt(cells[0]), Long.parseLong(cells[1]), rrMs,
					(int) Math.round(Double.parseDouble(cells[3]))));
		}
		catch (NumberFormatException ex) {
			report(errors, line, "not an RR row (n, timestamp, rr, bpm)");
		}
	}

	private static void report(List<RowError> errors, Line line, String reason) {
		if (errors.size() < MAX_ERRORS) {
			errors.add(new RowError(line.number(), reason));
		}
	}

}
