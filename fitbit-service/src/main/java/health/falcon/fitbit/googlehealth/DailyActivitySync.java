package health.falcon.fitbit.googlehealth;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import health.falcon.fitbit.config.FitbitProperties;
import health.falcon.fitbit.daily.DailyActivityStore;
import health.falcon.fitbit.daily.DailyMetric;
import health.falcon.ingest.spi.SyncContext;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * The {@code daily} stream: {@code steps}, {@code distance} (millimetres, stored in
 * metres) and {@code active-energy-burned} listed as interval points with the civil start
 * filter and summed into local days, plus {@code total-calories} through
 * {@code dailyRollUp} (it has no {@code list}; the response has no page token). Days are
 * read in chunks of whole local days, oldest first; each chunk is merged into the
 * {@link DailyActivityStore}, then the cursor (the first local day not yet settled)
 * advances. Every run reads the settle window again. While the newest-first backfill
 * runs, the first run only sets the cursor to today ({@link HistoryBackfill} reads the
 * days up to today, newest first).
 */
@Component
class DailyActivitySync {

	static final String STREAM = "daily";

	static final Set<HealthDataType> ALL = EnumSet.of(HealthDataType.STEPS, HealthDataType.DISTANCE,
			HealthDataType.ACTIVE_ENERGY_BURNED, HealthDataType.TOTAL_CALORIES);

	private final DataPointPages pages;

	private final DailyActivityStore store;

	private final FitbitProperties.GoogleHealth properties;

	DailyActivitySync(DataPointPages pages, DailyActivityStore store, FitbitProperties properties) {
		this.pages = pages;
		this.store = store;
		this.properties = properties.googleHealth();
	}

	void run(SyncContext context, GoogleHealthApi api, ZoneId zone) {
		LocalDate today = LocalDate.ofInstant(context.clock().instant(), zone);
		if (context.cursor(STREAM) == null && HistoryBackfill.running(context)) {
			context.advance(STREAM, today.toString(), 0);
			return;
		}
		LocalDate start = LocalDays.from(context.cursor(STREAM), context.backfillFrom(), today, zone,
				this.properties.settleDays());
		LocalDate after = today.plusDays(1);
		for (int chunks = 0; start.isBefore(after) && chunks < this.properties.maxWindowsPerRun(); chunks++) {
			LocalDate end = start.plusDays(this.properties.dailyChunkDays());
			end = end.isBefore(after) ? end : after;
			int written = fetch(context, api, start, end, ALL);
			context.advance(STREAM, (end.isAfter(today) ? today : end).toString(), written);
			start = end;
		}
	}

	/**
	 * Read whole local days of some daily types and merge them.
	 * @param context the run
	 * @param from the first day included
	 * @param to the first day excluded (at most 14 days after {@code from})
	 * @param types which of {@link #ALL} to read
	 * @return how many days were created or changed
	 */
	int fetch(SyncContext context, GoogleHealthApi api, LocalDate from, LocalDate to, Set<HealthDataType> types) {
		DailyTotals totals = totals(context, api, from, to, types);
		return this.store.merge(context.userId(), totals.days(), Sources.of(context, "google-health:daily"));
	}

	/**
	 * Make one daily type of whole local days what Google holds now (after a deletion):
	 * read and merge the days, then remove the metric from the days Google no longer has
	 * data of that type for. A failed read removes nothing.
	 * @param context the run
	 * @param from the first day included
	 * @param to the first day excluded (at most 14 days after {@code from})
	 * @param type one of {@link #ALL}
	 * @return how many days were created, changed or cleared
	 */
	int replace(SyncContext context, GoogleHealthApi api, LocalDate from, LocalDate to, HealthDataType type) {
		DailyTotals totals = totals(context, api, from, to, EnumSet.of(type));
		int written = this.store.merge(context.userId(), totals.days(), Sources.of(context, "google-health:daily"));
		return written + this.store.clear(context.userId(), totals.daysWithout(type), metric(type));
	}

	private DailyTotals totals(SyncContext context, GoogleHealthApi api, LocalDate from, LocalDate to,
			Set<HealthDataType> types) {
		DailyTotals totals = new DailyTotals(from, to);
		for (HealthDataType type : types) {
			if (type == HealthDataType.TOTAL_CALORIES) {
				totalCalories(context, api, from, to, totals);
				continue;
			}
			this.pages.forEach(context, api, type, type.filter(from, to), this.properties.pageSize(),
					(points) -> points.forEach((point) -> add(context, totals, type, point)));
		}
		return totals;
	}

	private static DailyMetric metric(HealthDataType type) {
		return switch (type) {
			case STEPS -> DailyMetric.STEPS;
			case DISTANCE -> DailyMetric.DISTANCE;
			case ACTIVE_ENERGY_BURNED -> DailyMetric.ACTIVE_KCAL;
			case TOTAL_CALORIES -> DailyMetric.TOTAL_KCAL;
			default -> throw new IllegalArgumentException("not a daily type: " + type);
		};
	}

	private void totalCalories(SyncContext context, GoogleHealthApi api, LocalDate from, LocalDate to,
			DailyTotals totals) {
		Map<String, Object> body = Map.of("range", Map.of("start", civil(from), "end", civil(to)), "windowSizeDays", 1);
		String response = api.dailyRollUp(HealthDataType.TOTAL_CALORIES.urlName(), body);
		context.archive("total-calories-rollup", response);
		JsonNode root = this.pages.read(response);
		for (JsonNode rollup : DataPointPages.points(root.get("rollupDataPoints"))) {
			try {
				totals.addTotalCalories(rollup);
			}
			catch (UnmappableDataPointException ex) {
				context.quarantine("total-calories-rollup", ex.getMessage(), rollup.toString());
			}
		}
	}

	private static void add(SyncContext context, DailyTotals totals, HealthDataType type, JsonNode point) {
		try {
			totals.add(type, point);
		}
		catch (UnmappableDataPointException ex) {
			context.quarantine(DataPointPages.recordId(point), ex.getMessage(), point.toString());
		}
	}

	private static Map<String, Object> civil(LocalDate day) {
		return Map.of("date", Map.of("year", day.getYear(), "month", day.getMonthValue(), "day", day.getDayOfMonth()));
	}

}
