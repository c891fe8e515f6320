package health.falcon.systemtests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import health.falcon.testsupport.BenchmarkReport;

/**
 * Issue 14's benchmark of the dashboard: the initial JavaScript gzipped (the built site's
 * entry chunk and its static imports, {@link InitialJavaScript}); then, in headless
 * Chromium ({@link Browser}) through the gateway of the real suite, with the heavy user
 * of {@link ReadPathBenchmark} ({@link HeavyUser} loaded through {@link HeavyImports}):
 * the overview interactive (navigation start to the page's
 * {@code performance.mark('overview-ready')}) over {@value #DEFAULT_LOADS} loads with an
 * empty browser cache and as many with a warm one; and charts drawn on the Heart page:
 * the year of resting heart rate (its range picker's {@code Year}) and a whole day of
 * intraday heart rate ("Previous day"), each from the start of the chart's
 * {@code /api/metrics} request to its {@code chart-drawn:<id>} mark, with the chart's own
 * {@code data-draw-ms}. Figures are reported, never asserted. Runs only with
 * {@code -Dbenchmark=true}; writes its section of {@code docs/benchmarks.md}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DashboardBenchmark {

	private static final Logger logger = LoggerFactory.getLogger(DashboardBenchmark.class);

	static final String HEADING = "## The dashboard (issue 14)";

	private static final int DEFAULT_LOADS = 10;

	private static final int LOADS = Integer.getInteger("benchmark.loads", DEFAULT_LOADS);

	/** Per-minute heart rate by default: the year the heart chart draws. */
	private static final int CADENCE = Integer.getInteger("benchmark.cadence-seconds", 60);

	private static final String USER = System.getProperty("benchmark.user", "alex");

	private static final long INITIAL_GOAL_BYTES = 150 * 1024;

	private static final double OVERVIEW_GOAL_MILLIS = 1000;

	private static final double CHART_GOAL_MILLIS = 300;

	private static final String OVERVIEW_READY = """
			const marks = performance.getEntriesByName('overview-ready');
			return marks.length ? marks[0].startTime : null;
			""";

	/**
	 * The control that changes a chart's data, found in the chart's own section: the
	 * range picker's {@code Year}, or the day picker's "Previous day".
	 */
	private static final String CONTROL = """
			const figure = document.querySelector('figure[data-chart="' + arguments[0] + '"]');
			const section = figure ? figure.closest('section') : null;
			if (!section) return null;
			if (arguments[1] === 'year') return section.querySelector('input[type=radio][value="1y"]');
			return [...section.querySelectorAll('button')].find((b) => b.textContent.includes('Previous day')) ?? null;
			""";

	private static final String DRAWN = """
			const id = arguments[0];
			const clicked = arguments[1];
			const fetches = performance.getEntriesByType('resource')
			  .filter((e) => e.name.includes('/api/metrics/') && e.startTime >= clicked);
			const marks = performance.getEntriesByName('chart-drawn:' + id)
			  .filter((m) => fetches.length && m.startTime >= fetches[fetches.length - 1].responseEnd);
			const figure = document.querySelector('figure[data-chart="' + id + '"]');
			if (!marks.length || figure.dataset.state !== 'ready') return null;
			const fetch = fetches[0];
			return { fetchStart: fetch.startTime, responseEnd: fetches[fetches.length - 1].responseEnd,
			  drawn: marks[0].startTime, drawMs: figure.dataset.drawMs ?? null, points: figure.dataset.points,
			  request: fetch.name };
			""";

	@TempDir
	Path temp;

	@Test
	void measuresTheDashboardOfAHeavyUser() throws Exception {
		InitialJavaScript initial = InitialJavaScript
			.of(Path.of(System.getProperty("falcon.root", "..")).resolve("frontend/target/classes/static"));
		LocalStack stack = LocalStack.get();
		List<String> load = new HeavyImports(stack, USER, this.temp).load(HeavyUser.yearEndingYesterday(), CADENCE);
		String loadBefore = loadAverage();
		List<String> rows = new ArrayList<>();
		try (Browser browser = Browser.start(stack)) {
			browser.signIn(USER);
			rows.addAll(overview(browser));
			rows.addAll(drawn(browser, "heart-intraday", "year",
					"A year of heart rate every " + CADENCE + " s, `Year` chosen"));
			rows.addAll(drawn(browser, "resting-heart-rate", "year", "A year of resting heart rate, `Year` chosen"));
			// the heavy user's last day is yesterday
			rows.addAll(drawn(browser, "heart-intraday", "previous day",
					"A day of heart rate every " + CADENCE + " s, \"Previous day\" chosen"));
		}
		String loadAfter = loadAverage();
		BenchmarkReport.writeSection(HEADING, section(initial, load, rows, loadBefore, loadAfter));
	}

	private List<String> overview(Browser browser) {
		double first = overviewReady(browser, true);
		double[] cold = new double[LOADS];
		double[] warm = new double[LOADS];
		for (int i = 0; i < LOADS; i++) {
			cold[i] = overviewReady(browser, true);
		}
		for (int i = 0; i < LOADS; i++) {
			warm[i] = overviewReady(browser, false);
		}
		logger.info("overview ready: first {} ms, cold {}, warm {}", first, cold, warm);
		return List.of(String.format(Locale.ROOT,
				"| Overview interactive, the first load after the data was loaded (empty cache) | 1 | %.0f ms | | |",
				first), row("Overview interactive, empty browser cache", cold, OVERVIEW_GOAL_MILLIS),
				row("Overview interactive, warm browser cache", warm, OVERVIEW_GOAL_MILLIS));
	}

	/**
	 * Load the overview and read its mark: milliseconds from navigation start.
	 */
	private double overviewReady(Browser browser, boolean emptyCache) {
		if (emptyCache) {
			browser.cdp("Network.clearBrowserCache", Map.of());
		}
		browser.open("/");
		Object ready = browser.waiting()
			.withMessage("performance.mark('overview-ready')")
			.until((driver) -> browser.script(OVERVIEW_READY));
		return ((Number) ready).doubleValue();
	}

	/**
	 * Open {@code /heart}, use the chart's control, and time from the start of the
	 * chart's request to its {@code chart-drawn} mark, {@link #LOADS} times.
	 */
	private List<String> drawn(Browser browser, String chart, String control, String what) {
		double[] total = new double[LOADS];
		double[] draw = new double[LOADS];
		double[] fetch = new double[LOADS];
		String points = "";
		for (int i = 0; i < LOADS; i++) {
			browser.open("/heart");
			browser.awaitSettled();
			Object element = browser.script(CONTROL, chart, control);
			if (element == null) {
				throw new IllegalStateException("No " + control + " control in the section of " + chart + " on /heart");
			}
			double clicked = ((Number) browser.script("return performance.now()")).doubleValue();
			browser.script("arguments[0].click()", element);
			@SuppressWarnings("unchecked")
			Map<String, Object> drawn = (Map<String, Object>) browser.waiting()
				.withMessage("chart-drawn:" + chart + " after " + control)
				.until((driver) -> browser.script(DRAWN, chart, clicked));
			double fetchStart = ((Number) drawn.get("fetchStart")).doubleValue();
			total[i] = ((Number) drawn.get("drawn")).doubleValue() - fetchStart;
			fetch[i] = ((Number) drawn.get("responseEnd")).doubleValue() - fetchStart;
			draw[i] = (drawn.get("drawMs") != null) ? Double.parseDouble((String) drawn.get("drawMs")) : Double.NaN;
			points = String.valueOf(drawn.get("points"));
			logger.info("{} on {}: {}", control, chart, drawn);
		}
		String measure = what + " (`" + chart + "`, " + points + " points)";
		return List.of(row(measure + ": request start to `chart-drawn`", total, CHART_GOAL_MILLIS),
				row(measure + ": request start to its response's end", fetch, Double.NaN),
				row(measure + ": the chart's `data-draw-ms` (data in hand to drawn)", draw, Double.NaN));
	}

	private static String row(String what, double[] millis, double goal) {
		double p50 = percentile(millis, 0.50);
		double p95 = percentile(millis, 0.95);
		String verdict = Double.isNaN(goal) ? "" : (p95 <= goal) ? "met" : "**missed**";
		return String.format(Locale.ROOT, "| %s | %d | %.0f ms | %.0f ms | %s |", what, millis.length, p50, p95,
				verdict);
	}

	private static double percentile(double[] values, double fraction) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.max(0, (int) Math.ceil(fraction * sorted.length) - 1)];
	}

	private static String loadAverage() throws Exception {
		String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
		return String.join(" ", fields[0], fields[1], fields[2]);
	}

	private static String section(InitialJavaScript initial, List<String> load, List<String> rows, String loadBefore,
			String loadAfter) {
		StringBuilder section = new StringBuilder(HEADING).append("\n\n");
		section.append("Issue 14 benchmark. Initial JavaScript: the chunks `index.html` of the built site "
				+ "(`frontend/target/classes/static`) loads before any page runs (the entry, its module preloads and "
				+ "their static imports; the pages' chunks load when a page is opened), each gzipped on its own at "
				+ "level 9. Then Debian's headless Chromium (" + Screenshots.DESKTOP + " × 900 px) signs in through "
				+ "the gateway of `./run.sh` (packaged jars, the devstack's embedded MongoDB) as the heavy user of the "
				+ "read-path benchmark (`" + USER + "`: a year of intraday heart rate every " + CADENCE
				+ " s, resting heart rate, sleep, MyFitnessPal days, 700 OMRON readings and 100 CardioMood reports, "
				+ "loaded through the writers' upload endpoints; no activities). Overview interactive: from "
				+ "navigation start to the page's `performance.mark('overview-ready')` (its data rendered), each a "
				+ "full page load of `/` (the session check included); \"empty browser cache\" clears Chromium's cache "
				+ "before each load (`Network.clearBrowserCache`). Charts on `/heart`: the page loaded, then a control "
				+ "of the chart's own section used (the heart-rate chart's range `Year`: a year of intraday heart "
				+ "rate, downsampled by the API to the chart's pixel width with min/max per bucket; the resting heart "
				+ "rate's range `Year`: 365 daily values; the heart-rate chart's \"Previous day\": the heavy user's "
				+ "last day at the chart's width), and from the start of the chart's `/api/metrics/...` request to "
				+ "its `chart-drawn:<id>` mark (fetch, parse, state, uPlot's first draw), with the request alone and "
				+ "the chart's `data-draw-ms` beside it. Marks and resource timings are read from the page's "
				+ "Performance API.\n\n");
		section.append("Machine: ")
			.append(BenchmarkReport.machine())
			.append(" (the harness's JVM); Chromium and the services share the machine; the services run with "
					+ "run.sh's default flags. Load average (1, 5, 15 minutes) before the browser: " + loadBefore
					+ "; after: " + loadAfter + ".\n\nCommand (a fresh `FALCON_HOME`; `package` builds the frontend "
					+ "and the jars; needs `chromium` and `chromium-driver`):\n\n```bash\n"
					+ "rm -rf system-tests/target/falcon-home\n"
					+ "./mvnw -B -o -pl system-tests -am package -Dsurefire.failIfNoSpecifiedTests=false "
					+ "-Dtest=DashboardBenchmark -Dbenchmark=true [-Dbenchmark.loads=10] "
					+ "[-Dbenchmark.cadence-seconds=60]\n```\n\n");
		section.append(String.format(Locale.ROOT,
				"Initial JavaScript (goal: ≤ %d KB gzip): **%,d B gzip** (%,d B raw), %s.\n\n"
						+ "| Chunk | bytes | gzip |\n|---|---|---|\n",
				INITIAL_GOAL_BYTES / 1024, initial.gzipBytes(), initial.bytes(),
				(initial.gzipBytes() <= INITIAL_GOAL_BYTES) ? "met" : "**missed**"));
		initial.files()
			.forEach((chunk) -> section.append(String.format(Locale.ROOT, "| `%s` | %,d B | %,d B |%n", chunk.name(),
					chunk.bytes(), chunk.gzipBytes())));
		section.append("\nLoad:\n\n| Step | Result |\n|---|---|\n");
		load.forEach((row) -> section.append(row).append('\n'));
		section.append("\nIn the browser (goals: overview p95 ≤ " + (long) OVERVIEW_GOAL_MILLIS
				+ " ms, a heart-rate chart drawn p95 ≤ " + (long) CHART_GOAL_MILLIS + " ms):\n\n"
				+ "| Measure | loads | p50 | p95 | goal |\n|---|---|---|---|---|\n");
		rows.forEach((row) -> section.append(row).append('\n'));
		return section.toString();
	}

}
