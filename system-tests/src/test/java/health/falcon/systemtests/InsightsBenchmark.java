package health.falcon.systemtests;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Comparator;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import health.falcon.testsupport.BenchmarkReport;

/**
 * Issue 13's benchmark on the real processes, with the heavy user of
 * {@link ReadPathBenchmark} ({@link HeavyUser} loaded through {@link HeavyImports}):
 * {@code GET /api/insights} cold (computed: the first request, then after each of
 * {@value #RECOMPUTES} settings changes that invalidate the cache) and warm (answered
 * from the per-user cache), p50 and p99 at the client against the goal p99 ≤
 * {@value #GOAL_MILLIS} ms warm; and the exports' size and time: the whole account
 * ({@code /api/export/all}), a year of FHIR and a year of steps as CSV. Runs only with
 * {@code -Dbenchmark=true}; writes its section of {@code docs/benchmarks.md}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class InsightsBenchmark {

	private static final Logger logger = LoggerFactory.getLogger(InsightsBenchmark.class);

	static final String HEADING = "## Insights and exports: the heavy user (issue 13)";

	private static final int REQUESTS = Integer.getInteger("benchmark.requests", 200);

	private static final int RECOMPUTES = 10;

	private static final int CADENCE = Integer.getInteger("benchmark.cadence-seconds", 5);

	private static final String USER = System.getProperty("benchmark.user", "alex");

	private static final long GOAL_MILLIS = 100;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@TempDir
	Path temp;

	@Test
	void measuresInsightsAndExportsOfAHeavyUser() throws Exception {
		LocalStack stack = LocalStack.get();
		HeavyUser heavy = HeavyUser.yearEndingYesterday();
		LocalDate first = heavy.first();
		LocalDate last = heavy.last();
		List<String> load = new HeavyImports(stack, USER, this.temp).load(heavy, CADENCE);
		String token = UserTokens.accessToken(stack, USER);
		URI server = URI.create("http://localhost:" + (8081 + LocalStack.PORT_OFFSET));
		String loadBefore = loadAverage();

		List<String> rows = new ArrayList<>();
		URI insights = server.resolve("/api/insights");
		long[] cold = new long[RECOMPUTES + 1];
		Call firstCall = get(insights, token);
		require(firstCall, "/api/insights");
		cold[0] = firstCall.nanos();
		for (int i = 1; i <= RECOMPUTES; i++) {
			// A changed setting is a new data version: the next request recomputes every
			// kind.
			put(server.resolve("/api/me/settings"), token,
					"{\"timeZone\": \"UTC\", \"units\": \"" + ((i % 2 == 0) ? "metric" : "imperial") + "\"}");
			Call recomputed = get(insights, token);
			require(recomputed, "/api/insights");
			cold[i] = recomputed.nanos();
		}
		for (int i = 0; i < 20; i++) {
			get(insights, token);
		}
		long[] warm = new long[REQUESTS];
		int bytes = 0;
		for (int i = 0; i < REQUESTS; i++) {
			Call call = get(insights, token);
			require(call, "/api/insights");
			warm[i] = call.nanos();
			bytes = call.bytes();
		}
		double warmP99 = percentile(warm, 0.99);
		rows.add(String.format(Locale.ROOT,
				"| `GET /api/insights`, cold (computed; first request) | 1 | %.1f ms | | %,d B | |", millis(cold[0]),
				firstCall.bytes()));
		long[] recomputed = Arrays.copyOfRange(cold, 1, cold.length);
		rows.add(String.format(Locale.ROOT,
				"| `GET /api/insights`, cold (recomputed after a settings change) | %d | %.1f ms | %.1f ms (max) | %,d B | |",
				RECOMPUTES, percentile(recomputed, 0.50), percentile(recomputed, 1.0), bytes));
		rows.add(String.format(Locale.ROOT,
				"| `GET /api/insights`, warm (cached) | %d | %.1f ms | %.1f ms | %,d B | %s |", REQUESTS,
				percentile(warm, 0.50), warmP99, bytes, (warmP99 <= GOAL_MILLIS) ? "met" : "**missed**"));
		logger.info("insights warm p99 {} ms", warmP99);

		List<String> exports = new ArrayList<>();
		Path archive = this.temp.resolve("falcon-export.zip");
		exports.add(download(server.resolve("/api/export/all"), token, "the whole account, ZIP", archive));
		exports.add(download(server.resolve("/api/export/fhir?from=" + first + "&to=" + last), token,
				"a year as FHIR R4 Bundle"));
		exports.add(download(server.resolve("/api/export/csv/calories-in?from=" + first + "&to=" + last), token,
				"a year of calories in as CSV"));
		exports.add(download(server.resolve("/api/export/csv/heart-rate?from=" + last.minusDays(30) + "&to=" + last),
				token, "31 days of heart rate per minute as CSV"));
		exports.add(download(
				server
					.resolve("/api/reports/blood-pressure?from=" + last.minusDays(29) + "&to=" + last + "&format=pdf"),
				token, "the clinician blood-pressure report, 30 days, PDF"));
		List<String> entries = entries(archive);
		String loadAfter = loadAverage();
		BenchmarkReport.writeSection(HEADING, section(load, rows, exports, entries, loadBefore, loadAfter));
	}

	private Call get(URI uri, String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(60))
			.GET()
			.build();
		long start = System.nanoTime();
		HttpResponse<byte[]> response = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		return new Call(response.statusCode(), System.nanoTime() - start, response.body().length);
	}

	private void put(URI uri, String token, String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build();
		int status = this.client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		if (status != 200) {
			throw new IllegalStateException("PUT " + uri.getPath() + " answered " + status);
		}
	}

	private String download(URI uri, String token, String what) throws Exception {
		return download(uri, token, what, null);
	}

	private String download(URI uri, String token, String what, @Nullable Path keep) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofMinutes(5))
			.GET()
			.build();
		long start = System.nanoTime();
		HttpResponse<InputStream> response = this.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		long firstByte = System.nanoTime() - start;
		long size;
		try (InputStream body = response.body();
				OutputStream out = (keep != null) ? Files.newOutputStream(keep) : OutputStream.nullOutputStream()) {
			size = body.transferTo(out);
		}
		long nanos = System.nanoTime() - start;
		if (response.statusCode() != 200) {
			return String.format(Locale.ROOT, "| %s | `%s` | answered %d | | |", what, uri.getPath(),
					response.statusCode());
		}
		return String.format(Locale.ROOT, "| %s | `%s` | %,d B | %.0f ms | %.0f ms |", what, uri.getPath(), size,
				millis(firstByte), millis(nanos));
	}

	/**
	 * What the archive holds: per entry its size inflated and compressed, the largest
	 * first, so that the report shows where the bytes are.
	 */
	private static List<String> entries(Path archive) throws Exception {
		List<String> rows = new ArrayList<>();
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			List<? extends ZipEntry> all = zip.stream()
				.sorted(Comparator.comparingLong(ZipEntry::getSize).reversed())
				.toList();
			for (ZipEntry entry : all) {
				rows.add(String.format(Locale.ROOT, "| `%s` | %,d B | %,d B |", entry.getName(), entry.getSize(),
						entry.getCompressedSize()));
			}
		}
		return rows;
	}

	private static void require(Call call, String path) {
		if (call.status() != 200) {
			throw new IllegalStateException(path + " answered " + call.status());
		}
	}

	private static double percentile(long[] nanos, double fraction) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return millis(sorted[Math.max(0, (int) Math.ceil(fraction * sorted.length) - 1)]);
	}

	private static String loadAverage() throws Exception {
		String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
		return String.join(" ", fields[0], fields[1], fields[2]);
	}

	private static double millis(long nanos) {
		return nanos / 1e6;
	}

	private static String section(List<String> load, List<String> rows, List<String> exports, List<String> entries,
			String loadBefore, String loadAfter) {
		StringBuilder section = new StringBuilder(HEADING).append("\n\n");
		section
			.append("Issue 13 benchmark, on the real processes (`./run.sh` with the packaged jars and the devstack's "
					+ "embedded MongoDB), with the heavy user of the read-path benchmark (`" + USER
					+ "`: a year of intraday heart rate every " + CADENCE + " s, resting heart rate, sleep, a year of "
					+ "MyFitnessPal days, 700 OMRON blood-pressure readings and 100 CardioMood HRV reports, loaded through "
					+ "the writers' upload endpoints; no activities, since nothing seeds Strava here, so the training load "
					+ "has no input). Requests go to backend-server's port with the user's own token, sequentially, one "
					+ "connection, timed at the client. Cold: the first `GET /api/insights` after loading computes every "
					+ "kind; then " + RECOMPUTES + " times a `PUT /api/me/settings` (which changes the data version) "
					+ "followed by a request that recomputes. Warm: " + REQUESTS
					+ " requests after 20 unmeasured ones, answered from the per-user cache in MongoDB (a check of the "
					+ "data version, three small queries, and one cached document). Exports are read to the end and "
					+ "discarded; time to the first byte and to the last.\n\n");
		section.append("Machine: ")
			.append(BenchmarkReport.machine())
			.append(" (the harness's JVM); the services run with run.sh's default flags. Load average (1, 5, 15 "
					+ "minutes) before: " + loadBefore + "; after: " + loadAfter + ".\n\nCommand:\n\n```bash\n"
					+ "rm -rf system-tests/target/falcon-home\n"
					+ "./mvnw -B -o -pl system-tests -am package -Dsurefire.failIfNoSpecifiedTests=false "
					+ "-Dtest=InsightsBenchmark -Dbenchmark=true [-Dbenchmark.cadence-seconds=1]\n```\n\n");
		section.append("Load:\n\n| Step | Result |\n|---|---|\n");
		load.forEach((row) -> section.append(row).append('\n'));
		section.append("\nInsights (goal: warm p99 ≤ " + GOAL_MILLIS + " ms):\n\n"
				+ "| Request | requests | p50 | p99 | response | goal |\n|---|---|---|---|---|---|\n");
		rows.forEach((row) -> section.append(row).append('\n'));
		section.append("\nExports:\n\n| Export | path | size | first byte | complete |\n|---|---|---|---|---|\n");
		exports.forEach((row) -> section.append(row).append('\n'));
		section
			.append("\nThe whole account's archive, entry by entry:\n\n| Entry | size | compressed |\n|---|---|---|\n");
		entries.forEach((row) -> section.append(row).append('\n'));
		return section.toString();
	}

	private record Call(int status, long nanos, int bytes) {
	}

}
