package health.falcon.systemtests;

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
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import health.falcon.testsupport.BenchmarkReport;

/**
 * Issue 12's read-path benchmark on the real processes: {@code ./run.sh} (the packaged
 * jars, the devstack's embedded MongoDB), one heavy user's year loaded through the
 * writers' own upload endpoints ({@link HeavyImports}), then {@code GET
 * /api/metrics/heart-rate} for a day, a week and a year at {@code maxPoints=2000} and
 * {@code GET /api/dashboard}, sent to backend-server's port with the user's own token
 * ({@link UserTokens}): the first request of each (cold) and {@value #DEFAULT_REQUESTS}
 * more (warm), the client's p50/p99, and the bytes MongoDB sent back to backend-data per
 * request from its {@code falcon_mongodb_reply_bytes_total} counter ({@link ReplyBytes}).
 * Runs only with {@code -Dbenchmark=true}; writes its section of
 * {@code docs/benchmarks.md}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ReadPathBenchmark {

	private static final Logger logger = LoggerFactory.getLogger(ReadPathBenchmark.class);

	static final String HEADING = "## Read path: one heavy user's year (issue 12)";

	/**
	 * The heading when the services run with other JVM flags ({@code FALCON_JAVA_OPTS}),
	 * so that such a run gets a section of its own beside the one with run.sh's defaults.
	 */
	static final String FLAGS_HEADING = "## Read path with other JVM flags (issue 12)";

	private static final String JAVA_OPTS = System.getenv("FALCON_JAVA_OPTS");

	private static final int DEFAULT_REQUESTS = 200;

	private static final int REQUESTS = Integer.getInteger("benchmark.requests", DEFAULT_REQUESTS);

	private static final int CADENCE = Integer.getInteger("benchmark.cadence-seconds", 5);

	private static final String USER = System.getProperty("benchmark.user", "alex");

	private static final long GOAL_MILLIS = 50;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@TempDir
	Path temp;

	@Test
	void measuresTheReadPathOfAHeavyUser() throws Exception {
		LocalStack stack = LocalStack.get();
		HeavyUser heavy = HeavyUser.yearEndingYesterday();
		LocalDate first = heavy.first();
		LocalDate last = heavy.last();
		HeavyImports imports = new HeavyImports(stack, USER, this.temp);
		List<String> load = imports.load(heavy, CADENCE);

		String token = UserTokens.accessToken(stack, USER);
		// a fresh token lasts 15 minutes, more than the measurement takes
		String userId = UserTokens.subject(token);
		ReplyBytes replies = new ReplyBytes(this.client, stack);
		ServerTimes times = new ServerTimes(this.client);
		String loadBefore = loadAverage();
		List<Endpoint> endpoints = List.of(new Endpoint("heart rate, one day", heartRate(last, last)),
				new Endpoint("heart rate, one week", heartRate(last.minusDays(6), last)),
				new Endpoint("heart rate, one year", heartRate(first, last)),
				new Endpoint("dashboard", "/api/dashboard"));
		URI backendServer = URI.create("http://localhost:" + (8081 + LocalStack.PORT_OFFSET));

		List<String> rows = new ArrayList<>();
		double yearBytes = 0;
		double yearSampleBytes = 0;
		for (Endpoint endpoint : endpoints) {
			URI uri = backendServer.resolve(endpoint.path());
			Map<String, Double> before = replies.scrape();
			Call cold = call(uri, token);
			Map<String, Double> afterCold = replies.scrape();
			if (cold.status() == 404) {
				rows.add("| `" + endpoint.path() + "` | not available (404: not on this branch yet) | | | | | | |");
				continue;
			}
			if (cold.status() != 200) {
				throw new IllegalStateException(endpoint + " answered " + cold.status());
			}
			for (int i = 0; i < 20; i++) {
				call(uri, token);
			}
			Map<String, Double> beforeWarm = replies.scrape();
			ServerTimes.Snapshot timesBefore = times.scrape(URI.create(endpoint.path()).getPath());
			long[] nanos = new long[REQUESTS];
			for (int i = 0; i < REQUESTS; i++) {
				Call warm = call(uri, token);
				if (warm.status() != 200) {
					throw new IllegalStateException(endpoint + " answered " + warm.status());
				}
				nanos[i] = warm.nanos();
			}
			Map<String, Double> afterWarm = replies.scrape();
			ServerTimes.Snapshot timesAfter = times.scrape(URI.create(endpoint.path()).getPath());
			Arrays.sort(nanos);
			if (endpoint.path().contains("from=" + first)) {
				yearBytes = ReplyBytes.collection(beforeWarm, afterWarm, "heart_rate_days") / REQUESTS;
				yearSampleBytes = ReplyBytes.collection(beforeWarm, afterWarm, "heart_rate_samples") / REQUESTS;
			}
			double p50 = millis(nanos[(int) Math.ceil(0.50 * REQUESTS) - 1]);
			double p99 = millis(nanos[(int) Math.ceil(0.99 * REQUESTS) - 1]);
			rows.add(String.format(Locale.ROOT,
					"| `%s` | %.1f ms, %,.0f B (%s) | %.1f ms | %.1f ms | %s | %,.0f B (%s) | %,d B | %s |",
					endpoint.path(), millis(cold.nanos()), ReplyBytes.total(before, afterCold),
					ReplyBytes.byCollection(before, afterCold, 1), p50, p99,
					timesAfter.perRequest(timesBefore, REQUESTS), ReplyBytes.total(beforeWarm, afterWarm) / REQUESTS,
					ReplyBytes.byCollection(beforeWarm, afterWarm, REQUESTS), cold.bytes(),
					(p99 <= GOAL_MILLIS) ? "met" : "**missed**"));
			logger.info("{}: p50 {} ms, p99 {} ms", endpoint.name(), p50, p99);
		}
		String loadAfter = loadAverage();
		StoredHeartRate.Sizes stored = new StoredHeartRate(stack).describe(userId, first, last);
		List<String> notes = new ArrayList<>(stored.rows());
		notes.add("");
		notes.add("Load average of the machine (1, 5, 15 minutes) before the requests: " + loadBefore + "; after: "
				+ loadAfter + " (two cores: above 2, other work competed for them).");
		notes.add("");
		notes.add(String.format(Locale.ROOT,
				"The year request read %,.0f B of `heart_rate_days` and %,.0f B of `heart_rate_samples` per request. "
						+ "The year's documents hold %,d B, of which %,d B are packed samples and %,d B packed "
						+ "rollups: %s",
				yearBytes, yearSampleBytes, stored.yearDocuments(), stored.yearSamples(), stored.yearRollups(),
				(yearSampleBytes == 0 && yearBytes < stored.yearDocuments() - stored.yearSamples())
						? "it reads less than the documents without their samples, so no sample is read."
						: "**it reads more than the documents without their samples: samples may be read.**"));
		BenchmarkReport.writeSection(heading(), section(load, rows, notes));
	}

	private Call call(URI uri, String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.GET()
			.build();
		long start = System.nanoTime();
		HttpResponse<byte[]> response = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		long nanos = System.nanoTime() - start;
		return new Call(response.statusCode(), nanos, response.body().length);
	}

	private static String loadAverage() throws Exception {
		String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
		return String.join(" ", fields[0], fields[1], fields[2]);
	}

	private static String heartRate(LocalDate from, LocalDate to) {
		return "/api/metrics/heart-rate?from=" + from + "&to=" + to + "&maxPoints=2000";
	}

	private static double millis(long nanos) {
		return nanos / 1e6;
	}

	private static String heading() {
		return (JAVA_OPTS != null) ? FLAGS_HEADING : HEADING;
	}

	private static String section(List<String> load, List<String> rows, List<String> stored) throws Exception {
		StringBuilder section = new StringBuilder(heading()).append("\n\n");
		if (JAVA_OPTS != null) {
			section.append("The same harness as in \"Read path: one heavy user's year\", with `FALCON_JAVA_OPTS="
					+ JAVA_OPTS + "` in the environment of `./run.sh`.\n\n");
		}
		else {
			section.append(intro());
		}
		return machineAndFigures(section, load, rows, stored);
	}

	private static String intro() {
		return new StringBuilder()
			.append("Issue 12 benchmark, on the real processes: `./run.sh` with the packaged jars and the devstack's "
					+ "embedded MongoDB (mongo-java-server, data on disk under `FALCON_HOME`), all ten components on one "
					+ "machine. One heavy user (`" + USER
					+ "`) gets a year ending yesterday (UTC) through the writers' own "
					+ "upload endpoints, called at each service's port with the user's token: a generated Fitbit Takeout "
					+ "export (intraday heart rate every " + CADENCE
					+ " s, resting heart rate, 365 nights of sleep) to "
					+ "fitbit-service, a MyFitnessPal Nutrition Summary (365 days, three meals) to diet-service, an OMRON "
					+ "connect CSV (700 readings) and 100 CardioMood reports to dropbox-ingest. Then each request is sent "
					+ "to backend-server's port (not through the gateway) with the user's access token, obtained by the "
					+ "authorization-code flow with PKCE as the gateway's client at the devstack provider: cold is the "
					+ "first request of its kind after the stack started and the data was loaded (backend-server and "
					+ "backend-data had served no read before); warm is " + REQUESTS + " sequential requests after 20 "
					+ "unmeasured ones, one connection, latency measured by the client. Bytes from MongoDB are the delta "
					+ "of backend-data's `falcon_mongodb_reply_bytes_total` (every command's reply, on the management "
					+ "port's `/actuator/prometheus`) divided by the requests, split by collection. "
					+ "The time split is the mean per warm request from the services' own timers on their management "
					+ "ports: backend-server's `http_server_requests_seconds` for the endpoint, backend-data's for all it "
					+ "served, and backend-data's MongoDB driver command timer (`mongodb_driver_commands_seconds`).\n\n")
			.toString();
	}

	private static String machineAndFigures(StringBuilder section, List<String> load, List<String> rows,
			List<String> stored) {
		section.append("Machine: ")
			.append(BenchmarkReport.machine())
			.append(" (the harness's JVM). The services run with "
					+ ((JAVA_OPTS != null) ? "`FALCON_JAVA_OPTS=" + JAVA_OPTS + "`"
							: "run.sh's default flags (`-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m`: C1 only, "
									+ "tuned for start-up, not for throughput)")
					+ ".\n\nCommand (a fresh "
					+ "`FALCON_HOME`; `package` builds the jars that run.sh starts before the harness runs, "
					+ "`-Dtest` leaves every other JVM test out):\n\n```bash\n")
			.append("rm -rf system-tests/target/falcon-home\n"
					+ ((JAVA_OPTS != null) ? "FALCON_JAVA_OPTS=\"" + JAVA_OPTS + "\" " : "")
					+ "./mvnw -B -o -pl system-tests -am package -Dsurefire.failIfNoSpecifiedTests=false "
					+ "-Dtest=ReadPathBenchmark -Dbenchmark=true [-Dfalcon.systemtests.port-offset=20000] "
					+ "[-Dbenchmark.cadence-seconds=1] [-Dbenchmark.requests=200]\n```\n\n");
		section.append("Load (through the upload endpoints, each import awaited):\n\n| Step | Result |\n|---|---|\n");
		load.forEach((row) -> section.append(row).append('\n'));
		section.append("\nRequests (goal: p99 ≤ " + GOAL_MILLIS + " ms for each):\n\n"
				+ "| Request | cold: first request, bytes from MongoDB | warm p50 | warm p99 | warm mean in backend-server "
				+ "/ backend-data / MongoDB driver | bytes from MongoDB per warm request | response | goal |\n"
				+ "|---|---|---|---|---|---|---|---|\n");
		rows.forEach((row) -> section.append(row).append('\n'));
		section.append("\nStored heart rate of the user (read with the MongoDB driver, BSON sizes):\n\n");
		stored.forEach((row) -> section.append(row).append('\n'));
		return section.toString();
	}

	private record Endpoint(String name, String path) {
	}

	private record Call(int status, long nanos, int bytes) {
	}

}
