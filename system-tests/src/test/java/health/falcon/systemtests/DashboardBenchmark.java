package health.falcon.systemtests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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
 * empty browser cache and as many with a warm one; and a year of heart rate drawn on the
 * Heart page (the {@code Year} range chosen on the chart: from the start of its
 * {@code /api/metrics/heart-rate} request to the chart's {@code chart-drawn:<id>} mark,
 * and the chart's own {@code data-draw-ms}). Figures are reported, never asserted. Runs
 * only with {@code -Dbenchmark=true}; writes its section of {@code docs/benchmarks.md}.
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

	/** Chart ids on the Heart page that offer the year, in the order tried. */
	private static final List<String> HEART_CHARTS = List.of("heart-intraday", "resting-heart-rate");

	private static final String OVERVIEW_READY = """
			const marks = performance.getEntriesByName('overview-ready');
			return marks.length ? marks[0].startTime : null;
			""";

	private static final String YEAR_RADIO = """
			const figure = document.querySelector('figure[data-chart="' + arguments[0] + '"]');
			if (!figure) return null;
			let scope = figure.parentElement;
			while (scope && !scope.querySelector('input[type=radio][value="1y"]')) scope = scope.parentElement;
			return scope ? scope.querySelector('input[type=radio][value="1y"]') : null;
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
		LocalDate last = LocalDate.now(ZoneOffset.UTC).minusDays(1);
		List<String> load = new HeavyImports(stack, USER, this.temp).load(new HeavyUser(last.minusDays(364), 365),
				CADENCE);
		String loadBefore = loadAverage();
		List<String> rows = new ArrayList<>();
		try (Browser browser = Browser.start(stack)) {
			browser.signIn(USER);
			rows.addAll(overview(browser));
			rows.addAll(yearOfHeartRate(browser));
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

	private List<String> yearOfHeartRate(Browser browser) {
		String chart = null;
		double[] total = new double[LOADS];
		double[] draw = new double[LOADS];
		double[] fetch = new double[LOADS];
		String points = "";
		for (int i = 0; i < LOADS; i++) {
			browser.open("/heart");
			browser.awaitSettled();
			chart = (chart != null) ? chart : chartWithAYear(browser);
			String id = chart;
			double clicked = ((Number) browser.script("return performance.now()")).doubleValue();
			browser.script("arguments[0].click()", browser.script(YEAR_RADIO, id));
			@SuppressWarnings("unchecked")
			Map<String, Object> drawn = (Map<String, Object>) browser.waiting()
				.withMessage("chart-drawn:" + id + " after the year was chosen")
				.until((driver) -> browser.script(DRAWN, id, clicked));
			double fetchStart = ((Number) drawn.get("fetchStart")).doubleValue();
			total[i] = ((Number) drawn.get("drawn")).doubleValue() - fetchStart;
			fetch[i] = ((Number) drawn.get("responseEnd")).doubleValue() - fetchStart;
			draw[i] = (drawn.get("drawMs") != null) ? Double.parseDouble((String) drawn.get("drawMs")) : Double.NaN;
			points = String.valueOf(drawn.get("points"));
			logger.info("year of heart rate on {}: {}", id, drawn);
		}
		String what = "A year of heart rate on `" + chart + "` (" + points + " points)";
		return List.of(row(what + ": request start to `chart-drawn`", total, CHART_GOAL_MILLIS),
				row(what + ": request start to its response's end", fetch, Double.NaN),
				row(what + ": the chart's `data-draw-ms` (data in hand to drawn)", draw, Double.NaN));
	}

	private static String chartWithAYear(Browser browser) {
		for (String id : HEART_CHARTS) {
			if (browser.script(YEAR_RADIO, id) != null) {
				return id;
			}
		}
		throw new IllegalStateException("No chart on /heart offers the year (Year radio in the chart's section of "
				+ HEART_CHARTS + "); charts: " + browser.texts(By.cssSelector("figure[data-chart] figcaption")));
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
				+ "before each load (`Network.clearBrowserCache`). A year of heart rate: `/heart` loaded, the chart's "
				+ "`Year` range chosen, then from the start of the chart's `/api/metrics/...` request to its "
				+ "`chart-drawn:<id>` mark (fetch, parse, state, uPlot's first draw), with the request alone and the "
				+ "chart's `data-draw-ms` beside it. Marks and resource timings are read from the page's Performance "
				+ "API.\n\n");
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
				+ " ms, a year of heart rate drawn p95 ≤ " + (long) CHART_GOAL_MILLIS + " ms):\n\n"
				+ "| Measure | loads | p50 | p95 | goal |\n|---|---|---|---|---|\n");
		rows.forEach((row) -> section.append(row).append('\n'));
		return section.toString();
	}

}
