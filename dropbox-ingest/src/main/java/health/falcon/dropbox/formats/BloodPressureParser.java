package health.falcon.dropbox.formats;

import java.time.ZoneId;
import java.util.List;

import health.falcon.dropbox.reading.CsvFields;
import health.falcon.dropbox.reading.Line;
import health.falcon.dropbox.reading.LineReader;
import health.falcon.dropbox.reading.UnreadableFileException;

/**
 * Parses the rows of a recognised blood-pressure CSV (OMRON connect, iHealth, Withings)
 * after its header. Files carry wall times without a zone, so times are read in the given
 * zone (DST gaps and overlaps as {@link health.falcon.model.MeasurementTime#ofLocal}).
 * Blank lines are skipped, except in OMRON files where the first blank line ends the
 * blood-pressure table (further sections follow). A bad row is rejected with its reason
 * and the rest continue; only {@link FileFormatException} escapes.
 */
public final class BloodPressureParser {

	private BloodPressureParser() {
	}

	/**
	 * Parse every row after the header.
	 * @param file the recognised file (a blood-pressure format)
	 * @param lines the reader, positioned after the header
	 * @param zone the zone wall times are read in
	 * @param zoneAssumed whether that zone is assumed (the file states none)
	 * @param sink receives readings and rejected rows
	 * @throws FileFormatException if the file cannot be read any further, or the format
	 * is not a blood-pressure format
	 */
	public static void parse(Detected file, LineReader lines, ZoneId zone, boolean zoneAssumed,
			RowSink<BloodPressureReading> sink) throws FileFormatException {
		rows(file, mapper(file), lines, zone, zoneAssumed, sink);
	}

	/**
	 * Parse every row after the header through a user's column mapping profile.
	 * @param file the header
	 * @param lines the reader, positioned after the header
	 * @param zone the zone wall times are read in
	 * @param zoneAssumed whether that zone is assumed
	 * @param sink receives readings and rejected rows
	 * @throws FileFormatException if the file cannot be read any further, or the header
	 * lacks a column the profile maps
	 */
	public static void parse(MappingProfile profile, Detected file, LineReader lines, ZoneId zone, boolean zoneAssumed,
			RowSink<BloodPressureReading> sink) throws FileFormatException {
		rows(file, new ProfileRows(profile, new Columns(file.columns())), lines, zone, zoneAssumed, sink);
	}

	private static void rows(Detected file, RowMapper mapper, LineReader lines, ZoneId zone, boolean zoneAssumed,
			RowSink<BloodPressureReading> sink) throws FileFormatException {
		try {
			for (Line line = lines.next(); line != null; line = lines.next()) {
				if (line.isBlank()) {
					if (file.format() == FileFormat.OMRON_CONNECT) {
						return;
					}
					continue;
				}
				row(mapper, line, file.delimiter(), zone, zoneAssumed, sink);
			}
		}
		catch (UnreadableFileException ex) {
			throw new FileFormatException(ex.getMessage(), ex);
		}
	}

	private static void row(RowMapper mapper, Line line, char delimiter, ZoneId zone, boolean zoneAssumed,
			RowSink<BloodPressureReading> sink) {
		List<String> fields = CsvFields.split(line.text(), delimiter);
		try {
			sink.accept(mapper.map(fields, zone, zoneAssumed, line.number()));
		}
		catch (RowException ex) {
			sink.reject(new RowError(line.number(), ex.getMessage()));
		}
		catch (RuntimeException ex) {
			// a defect in a mapper must cost one row, not the file
			sink.reject(new RowError(line.number(), "unreadable row"));
		}
	}

	private static RowMapper mapper(Detected file) throws FileFormatException {
		Columns columns = new Columns(file.columns());
		return switch (file.format()) {
			case OMRON_CONNECT -> new OmronRows(columns);
			case WITHINGS_BP -> new WithingsRows(columns);
			case IHEALTH -> new IHealthRows(columns);
			case CARDIOMOOD -> throw new FileFormatException("a CardioMood report is not a blood-pressure CSV");
			case GENERIC -> throw new FileFormatException("a generic CSV is read through a mapping profile");
		};
	}

}
