package health.falcon.fitbit.export;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import health.falcon.fitbit.daily.DailyActivityStore;
import health.falcon.fitbit.heartrate.HeartRateSample;
import health.falcon.fitbit.heartrate.HeartRateStore;
import health.falcon.fitbit.sleep.SleepSession;
import health.falcon.fitbit.sleep.SleepStore;
import health.falcon.model.MeasurementTime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one export file of a family and hands its records to the stores: heart rate in
 * batches, resting heart rate per day, sleep per JSON file (the CSV pair of sessions and
 * stages joined at the end of the import, see {@link SleepCsv}), and steps, distance and
 * calories as daily totals merged at the end of the import.
 */
final class FamilyReaders {

	private static final String NO_RESTING = "no resting heart rate that day";

	private final JsonMapper json;

	private final ImportContext context;

	private final HeartRateStore heartRate;

	private final SleepStore sleep;

	private final DailyActivityStore daily;

	private final int heartRateBatch;

	private final List<HeartRateSample> samples = new ArrayList<>();

	private final DailyTotals totals = new DailyTotals();

	private final SleepCsv sleepCsv;

	private long imported;

	FamilyReaders(JsonMapper json, ImportContext context, ImportStores stores, int heartRateBatch) {
		this.json = json;
		this.context = context;
		this.heartRate = stores.heartRate();
		this.sleep = stores.sleep();
		this.daily = stores.daily();
		this.heartRateBatch = heartRateBatch;
		this.sleepCsv = new SleepCsv(context.zone());
	}

	/**
	 * Read one file.
	 * @param in its content
	 * @return whether it held data ({@code false}: "no data", empty or header only)
	 * @throws IOException if the archive cannot be read
	 */
	boolean read(ExportFile file, InputStream in) throws IOException {
		long entries = file.csv() ? CsvRows.read(in, file.path(), this.context, (row) -> csv(file, row))
				: readJson(file, in);
		// flushed between files, not inside an entry handler, so that a store
		// failure is not mistaken for a bad entry; memory stays bounded by the
		// batch plus one day's file
		if (this.samples.size() >= this.heartRateBatch) {
			flushHeartRate();
		}
		return entries >= 0;
	}

	private long readJson(ExportFile file, InputStream in) throws IOException {
		WallClock clock = this.context.clock();
		List<SleepSession> sessions = new ArrayList<>();
		long entries = JsonEntries.read(this.json, in, file.path(), this.context, (entry) -> {
			switch (file.family()) {
				case HEART_RATE -> heartRate(clock.stamp(SleepMapping.text(entry, "dateTime")), bpm(entry));
				case RESTING_HEART_RATE -> restingJson(file, entry);
				case SLEEP -> sessions.add(SleepMapping.session(entry, clock));
				default -> minute(file, clock.stamp(SleepMapping.text(entry, "dateTime")).localDate(),
						number(entry.get("value")));
			}
		});
		if (!sessions.isEmpty()) {
			this.sleep.upsert(this.context.userId(), sessions, this.context.source());
			this.imported += sessions.size();
		}
		return entries;
	}

	private void csv(ExportFile file, CsvRows.Row row) {
		if (file.family() == ExportFile.Family.SLEEP) {
			sleepCsv(file, row);
			return;
		}
		String timestamp = row.get("timestamp");
		switch (file.family()) {
			case HEART_RATE -> heartRate(
					MeasurementTime.ofInstant(instant(timestamp), this.context.zone(), this.context.zoneAssumed()),
					Math.round(Double.parseDouble(row.get("beats per minute"))));
			case RESTING_HEART_RATE -> resting(LocalDate.parse(timestamp.substring(0, 10)),
					Double.parseDouble(row.get("beats per minute")), file);
			default -> minute(file, csvDay(timestamp), Double.parseDouble(row.get(column(file.family()))));
		}
	}

	private void heartRate(MeasurementTime time, long bpm) {
		// checked before narrowing, so that no huge value wraps into the range
		if (bpm < 1 || bpm > 255) {
			throw new IllegalArgumentException("bpm out of range: " + bpm);
		}
		this.samples.add(new HeartRateSample(time.instant(), time.offset(), (int) bpm));
		this.imported++;
	}

	private void restingJson(ExportFile file, JsonNode entry) {
		JsonNode value = entry.path("value");
		JsonNode date = value.get("date");
		if (date == null || date.isNull()) {
			this.context.report().skipped(file.path(), NO_RESTING, 1);
			return;
		}
		resting(WallClock.date(date.asString()), number(value.get("value")), file);
	}

	private void resting(LocalDate day, double bpm, ExportFile file) {
		long rounded = Math.round(bpm);
		if (Double.isNaN(bpm) || rounded > 255) {
			throw new IllegalArgumentException("resting bpm out of range: " + bpm);
		}
		// 0.0 marks a day without a value; so does anything that rounds to 0
		if (rounded <= 0) {
			this.context.report().skipped(file.path(), NO_RESTING, 1);
			return;
		}
		this.heartRate.restingHeartRate(this.context.userId(), day, (int) rounded, this.context.source());
		this.imported++;
	}

	private void minute(ExportFile file, LocalDate day, double value) {
		boolean centimetres = file.family() == ExportFile.Family.DISTANCE && !file.csv();
		this.totals.add(day, file.family(), centimetres ? value / 100 : value);
		this.imported++;
	}

	private LocalDate csvDay(String timestamp) {
		if (timestamp.endsWith("Z") || timestamp.matches(".*[+-]\\d{2}:?\\d{2}$")) {
			return MeasurementTime.ofInstant(instant(timestamp), this.context.zone(), this.context.zoneAssumed())
				.localDate();
		}
		// date-only or naive local stamps: their date is already the local day
		return LocalDate.parse(timestamp.substring(0, 10));
	}

	private void sleepCsv(ExportFile file, CsvRows.Row row) {
		if (SleepCsv.isStages(file)) {
			this.sleepCsv.stage(row, file.path());
		}
		else {
			this.sleepCsv.night(row);
		}
	}

	/**
	 * The records of the files read since the last call that were handed to the stores.
	 * @return their count, reset to 0
	 */
	long takeImported() {
		long count = this.imported;
		this.imported = 0;
		return count;
	}

	void finish() {
		flushHeartRate();
		this.totals.flush(this.daily, this.context);
		if (!this.sleepCsv.isEmpty()) {
			List<SleepSession> sessions = this.sleepCsv.sessions(this.context.report());
			if (!sessions.isEmpty()) {
				this.sleep.upsert(this.context.userId(), sessions, this.context.source());
				this.context.report().imported(sessions.size());
			}
		}
	}

	private void flushHeartRate() {
		if (!this.samples.isEmpty()) {
			this.heartRate.merge(this.context.userId(), this.samples, this.context.source());
			this.samples.clear();
		}
	}

	private static Instant instant(String timestamp) {
		return OffsetDateTime.parse(timestamp).toInstant();
	}

	private static long bpm(JsonNode entry) {
		return Math.round(number(entry.path("value").get("bpm")));
	}

	private static double number(JsonNode value) {
		if (value != null && value.isNumber()) {
			return value.asDouble();
		}
		if (value != null && value.isString()) {
			return Double.parseDouble(value.stringValue().strip());
		}
		throw new IllegalArgumentException("missing or non-numeric value");
	}

	private static String column(ExportFile.Family family) {
		return switch (family) {
			case STEPS -> "steps";
			case DISTANCE -> "distance";
			default -> "calories";
		};
	}

}
