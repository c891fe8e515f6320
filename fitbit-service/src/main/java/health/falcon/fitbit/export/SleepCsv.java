package health.falcon.fitbit.export;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import health.falcon.fitbit.sleep.SleepSession;
import health.falcon.ingest.imports.ImportReport;
import org.jspecify.annotations.Nullable;

/**
 * Sleep from the newer CSV pair of the Takeout export ({@code Health Fitness
 * Data_GoogleData/}): {@code UserSleeps_*.csv} (one row per session: {@code sleep_id},
 * {@code sleep_start}, {@code sleep_end}, {@code start_utc_offset},
 * {@code end_utc_offset}, {@code minutes_asleep}, {@code minutes_awake},
 * {@code minutes_in_sleep_period}) and {@code UserSleepStages_*.csv} (one row per stage:
 * {@code sleep_id}, {@code sleep_stage_type}, {@code sleep_stage_start},
 * {@code sleep_stage_end}). Both may be sharded, in any order, so rows are collected
 * during the import and joined on {@code sleep_id} at its end. Stamps look like
 * {@code 2025-12-03 21:12:30+0000}; a stamp without an offset is read at the row's
 * {@code start_utc_offset}, else in the import's zone. Sessions map like the API's (stage
 * types as Fitbit levels, efficiency = asleep over the sleep period, date of sleep =
 * local wake-up date, main sleep = the longest session of its date, as the CSV marks no
 * naps).
 */
final class SleepCsv {

	private static final Set<String> STAGE_TYPES = Set.of("AWAKE", "LIGHT", "DEEP", "REM", "ASLEEP", "RESTLESS");

	// no stretch of one level lasts longer; bounds the stage's seconds (an int)
	private static final Duration LONGEST_STAGE = Duration.ofDays(1);

	private final Map<String, Night> nights = new LinkedHashMap<>();

	private final Map<String, List<StageRow>> stages = new HashMap<>();

	private final Map<String, String> stageFiles = new HashMap<>();

	private final ZoneId zone;

	SleepCsv(ZoneId zone) {
		this.zone = zone;
	}

	static boolean isStages(ExportFile file) {
		return file.name().startsWith("UserSleepStages");
	}

	/**
	 * Take one {@code UserSleeps} row.
	 * @throws RuntimeException when a required value is missing or unreadable (the row is
	 * quarantined)
	 */
	void night(CsvRows.Row row) {
		ZoneOffset startOffset = offset(row, "start_utc_offset");
		ZoneOffset endOffset = offset(row, "end_utc_offset");
		Instant start = instant(stamp(row.get("sleep_start")), startOffset);
		Instant end = instant(stamp(row.get("sleep_end")), (endOffset != null) ? endOffset : startOffset);
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("sleep_end not after sleep_start");
		}
		ZoneOffset offset = (startOffset != null) ? startOffset : this.zone.getRules().getOffset(start);
		ZoneOffset wakeOffset = (endOffset != null) ? endOffset : this.zone.getRules().getOffset(end);
		this.nights.put(row.get("sleep_id"),
				new Night(start, end, offset, LocalDate.ofInstant(end, wakeOffset), minutes(row, "minutes_asleep"),
						minutes(row, "minutes_awake"), minutes(row, "minutes_in_sleep_period")));
	}

	/**
	 * Take one {@code UserSleepStages} row.
	 * @param file the file it came from (for the report)
	 * @throws RuntimeException when a value is missing or unreadable, or the stage lasts
	 * longer than a day (the row is quarantined)
	 */
	void stage(CsvRows.Row row, String file) {
		String type = row.get("sleep_stage_type").toUpperCase(Locale.ROOT);
		if (!STAGE_TYPES.contains(type)) {
			throw new IllegalArgumentException("unknown sleep_stage_type");
		}
		StageRow stage = new StageRow(type, stamp(row.get("sleep_stage_start")), stamp(row.get("sleep_stage_end")));
		// wall times are read at the session's offset later; UTC tells the length here
		if (Duration.between(stage.start().at(ZoneOffset.UTC), stage.end().at(ZoneOffset.UTC))
			.compareTo(LONGEST_STAGE) > 0) {
			throw new IllegalArgumentException("sleep stage longer than a day");
		}
		String id = row.get("sleep_id");
		this.stages.computeIfAbsent(id, (key) -> new ArrayList<>()).add(stage);
		this.stageFiles.putIfAbsent(id, file);
	}

	/**
	 * Join what was read.
	 * @param report told about stages whose session is missing
	 * @return the sessions, main sleep settled
	 */
	List<SleepSession> sessions(ImportReport report) {
		List<SleepSession> sessions = new ArrayList<>(this.nights.size());
		this.nights.forEach((id, night) -> sessions.add(night.session(this.stages.getOrDefault(id, List.of()))));
		Map<String, Integer> orphans = new LinkedHashMap<>();
		this.stages.forEach((id, rows) -> {
			if (!this.nights.containsKey(id)) {
				orphans.merge(this.stageFiles.get(id), rows.size(), Integer::sum);
			}
		});
		orphans.forEach((file, count) -> report.skipped(file, "sleep stages without their sleep", count));
		return settleMainSleep(sessions);
	}

	boolean isEmpty() {
		return this.nights.isEmpty() && this.stages.isEmpty();
	}

	private static List<SleepSession> settleMainSleep(List<SleepSession> sessions) {
		Map<LocalDate, SleepSession> longest = new HashMap<>();
		Comparator<SleepSession> length = Comparator.comparing((s) -> Duration.between(s.start(), s.end()));
		sessions.forEach((s) -> longest.merge(s.dateOfSleep(), s, (a, b) -> (length.compare(a, b) >= 0) ? a : b));
		return sessions.stream()
			.map((s) -> (longest.get(s.dateOfSleep()) == s) ? s
					: new SleepSession(s.start(), s.end(), s.offset(), s.dateOfSleep(), false, s.efficiency(),
							s.minutesAsleep(), s.minutesAwake(), s.stageMinutes(), s.stages()))
			.toList();
	}

	private Instant instant(Stamp stamp, @Nullable ZoneOffset offset) {
		return stamp.at((offset != null) ? offset : this.zone);
	}

	/**
	 * Read a CSV stamp: {@code 2025-12-03 21:12:30+0000}, ISO with {@code Z} or an offset
	 * (fractions allowed), or a wall time without offset.
	 * @param text the stamp
	 * @throws java.time.format.DateTimeParseException if it is none of these
	 * @throws IllegalArgumentException if its year has more than four digits
	 */
	static Stamp stamp(String text) {
		String iso = text.strip()
			.replaceFirst("^(\\d{4}-\\d{2}-\\d{2})[ T]", "$1T")
			.replaceFirst("\\s*([+-]\\d{2}):?(\\d{2})$", "$1:$2");
		TemporalAccessor parsed = SleepMapping
			.fourDigitYear(DateTimeFormatter.ISO_DATE_TIME.parseBest(iso, OffsetDateTime::from, LocalDateTime::from));
		return (parsed instanceof OffsetDateTime instant) ? new Stamp(instant.toInstant(), null)
				: new Stamp(null, (LocalDateTime) parsed);
	}

	private static @Nullable ZoneOffset offset(CsvRows.Row row, String column) {
		String value = row.optional(column);
		return (value != null) ? ZoneOffset.of(value) : null;
	}

	private static @Nullable Integer minutes(CsvRows.Row row, String column) {
		String value = row.optional(column);
		if (value == null) {
			return null;
		}
		int minutes = (int) Math.round(Double.parseDouble(value));
		if (minutes < 0) {
			throw new IllegalArgumentException("negative " + column);
		}
		return minutes;
	}

	/**
	 * A stamp as written: an instant when it carries an offset, else a wall time (exactly
	 * one of the two is set).
	 *
	 * @param instant the instant, if the stamp has an offset
	 * @param local the wall time, if it has none
	 */
	record Stamp(@Nullable Instant instant, @Nullable LocalDateTime local) {

		Instant at(ZoneId zoneOrOffset) {
			if (this.instant != null) {
				return this.instant;
			}
			if (this.local == null) {
				throw new IllegalStateException("a stamp has an instant or a wall time");
			}
			return this.local.atZone(zoneOrOffset).toInstant();
		}

	}

	private record StageRow(String type, Stamp start, Stamp end) {

	}

	private record Night(Instant start, Instant end, ZoneOffset offset, LocalDate dateOfSleep, @Nullable Integer asleep,
			@Nullable Integer awake, @Nullable Integer period) {

		SleepSession session(List<StageRow> rows) {
			boolean classic = rows.stream()
				.anyMatch((row) -> row.type().equals("ASLEEP") || row.type().equals("RESTLESS"));
			List<SleepSession.Stage> timeline = new ArrayList<>(rows.size());
			Map<String, Integer> stageMinutes = new LinkedHashMap<>();
			for (StageRow row : rows) {
				Instant from = at(row.start());
				long seconds = Duration.between(from, at(row.end())).toSeconds();
				String level = row.type().equals("AWAKE") ? (classic ? "awake" : "wake")
						: row.type().toLowerCase(Locale.ROOT);
				timeline.add(new SleepSession.Stage(from, (int) Math.max(seconds, 0), level));
				stageMinutes.merge(level, (int) Math.max(seconds, 0) / 60, Integer::sum);
			}
			timeline.sort(Comparator.comparing(SleepSession.Stage::start));
			Integer efficiency = (this.asleep != null && this.period != null && this.period > 0)
					? (int) Math.round(100.0 * this.asleep / this.period) : null;
			return new SleepSession(this.start, this.end, this.offset, this.dateOfSleep, true, efficiency, this.asleep,
					this.awake, Map.copyOf(stageMinutes), List.copyOf(timeline));
		}

		private Instant at(Stamp stamp) {
			return stamp.at(this.offset);
		}

	}

}
