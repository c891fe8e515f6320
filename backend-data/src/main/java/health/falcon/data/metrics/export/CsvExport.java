package health.falcon.data.metrics.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.stream.Stream;

import health.falcon.data.metrics.MetricValue;
import health.falcon.data.metrics.MetricValues;
import health.falcon.documents.heartrate.MinuteRollups;
import health.falcon.documents.heartrate.SampleKeys;
import health.falcon.documents.settings.UserPreferences;
import health.falcon.documents.settings.UserZones;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Writes one metric of a user as CSV (RFC 4180, CRLF, a header row naming the units), in
 * the user's unit system: a metric stored per date one row per date
 * ({@code date,value (unit),source}), blood pressure, HRV and sleep one row per reading
 * or session with its time at the offset it was measured at (the user's zone where none
 * is stored) and the local date it counts for, heart rate one row per minute of the
 * stored per-minute rollups (mean, min, max and sample count; at most
 * {@value #HEART_RATE_DAYS} days, streamed from the database day by day). Missing values
 * are empty cells.
 */
@Service
class CsvExport {

	/** The most days of a heart-rate export (44,640 minutes). */
	static final int HEART_RATE_DAYS = 31;

	static final String HEART_RATE = "heart-rate";

	private static final String BLOOD_PRESSURE = "blood-pressure";

	private static final String HRV_RMSSD = "hrv-rmssd";

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT;

	private final MetricValues values;

	private final HeartRateExportRepository heartRate;

	private final UserZones zones;

	CsvExport(MetricValues values, HeartRateExportRepository heartRate, UserZones zones) {
		this.values = values;
		this.heartRate = heartRate;
		this.zones = zones;
	}

	/**
	 * Check that a metric and range can be exported, before anything is written.
	 * @return the file name, {@code <metric>-<from>-<to>.csv}
	 * @throws health.falcon.kit.problem.ProblemException 404 {@code unknown-metric}, 400
	 * {@code range-too-large} for heart rate over more than {@value #HEART_RATE_DAYS}
	 * days
	 */
	String fileName(String metric, ExportRange range) {
		String name = metric.toLowerCase(Locale.ROOT);
		if (HEART_RATE.equals(name)) {
			range.requireAtMost(HEART_RATE_DAYS, "The heart-rate CSV (one row per minute)");
		}
		else {
			MetricValues.unit(name, false);
		}
		return name + "-" + range.first() + "-" + range.last() + ".csv";
	}

	/**
	 * Write the CSV of a metric checked with {@link #fileName}.
	 * @param out where to write; flushed, not closed
	 */
	void write(String userId, String metric, ExportRange range, Writer out) throws IOException {
		String name = metric.toLowerCase(Locale.ROOT);
		UserPreferences preferences = this.zones.preferencesOf(userId);
		CSVPrinter printer = new CSVPrinter(out, FORMAT);
		if (HEART_RATE.equals(name)) {
			heartRate(printer, userId, range, preferences.zone());
		}
		else {
			boolean imperial = preferences.imperial();
			String unit = MetricValues.unit(name, imperial);
			printer.printRecord(header(name, unit));
			for (MetricValue value : this.values.values(userId, name, range.first(), range.last(), imperial)) {
				printer.printRecord(row(name, value, preferences.zone()));
			}
		}
		printer.flush();
	}

	private static Object[] header(String metric, String unit) {
		if (BLOOD_PRESSURE.equals(metric)) {
			return new Object[] { "time", "local_date", "systolic (mmHg)", "diastolic (mmHg)", "pulse (bpm)",
					"source" };
		}
		if (HRV_RMSSD.equals(metric)) {
			return new Object[] { "time", "local_date", "rmssd (ms)", "sdnn (ms)", "source" };
		}
		if (MetricValues.timed(metric)) {
			return new Object[] { "time", "local_date", "asleep (" + unit + ")", "source" };
		}
		return new Object[] { "date", "value (" + unit + ")", "source" };
	}

	private static Object[] row(String metric, MetricValue value, ZoneId zone) {
		String source = CsvCells.text(value.source());
		if (!MetricValues.timed(metric)) {
			return new Object[] { value.day(), CsvCells.number(value.value()), source };
		}
		String time = time(value.at(), value.offset(), zone);
		if (BLOOD_PRESSURE.equals(metric)) {
			return new Object[] { time, value.day(), CsvCells.number(value.parts().get("systolic")),
					CsvCells.number(value.parts().get("diastolic")), CsvCells.number(value.parts().get("pulse")),
					source };
		}
		if (HRV_RMSSD.equals(metric)) {
			return new Object[] { time, value.day(), CsvCells.number(value.value()),
					CsvCells.number(value.parts().get("sdnn")), source };
		}
		return new Object[] { time, value.day(), CsvCells.number(value.value()), source };
	}

	private void heartRate(CSVPrinter printer, String userId, ExportRange range, ZoneId zone) throws IOException {
		printer.printRecord("time", "local_date", "mean (bpm)", "min (bpm)", "max (bpm)", "samples", "source");
		try (Stream<HeartRateExportRepository.Day> days = this.heartRate.minutes(userId, range.first(), range.last())) {
			for (HeartRateExportRepository.Day day : (Iterable<HeartRateExportRepository.Day>) days::iterator) {
				MinuteRollups rollups = day.rollups();
				String source = CsvCells.text(day.source());
				for (int i = 0; i < rollups.size(); i++) {
					Instant minute = SampleKeys.instant(day.day(), rollups.minutes()[i] * 60);
					double mean = Math.round(rollups.sum()[i] * 10.0 / rollups.count()[i]) / 10.0;
					printer.printRecord(time(minute, null, zone), day.day(), CsvCells.number(mean), rollups.min()[i],
							rollups.max()[i], rollups.count()[i], source);
				}
			}
		}
	}

	/**
	 * An instant as an ISO date-time at the offset it was measured at, else in the user's
	 * zone.
	 */
	static String time(@Nullable Instant at, @Nullable ZoneOffset offset, ZoneId zone) {
		if (at == null) {
			return "";
		}
		Instant seconds = at.truncatedTo(ChronoUnit.SECONDS);
		OffsetDateTime time = (offset != null) ? seconds.atOffset(offset) : seconds.atZone(zone).toOffsetDateTime();
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
	}

}
