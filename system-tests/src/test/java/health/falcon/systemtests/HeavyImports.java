package health.falcon.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a {@link HeavyUser}'s year through the writers' own upload endpoints, called at
 * each service's port with the user's token as the gateway would relay it, and awaits
 * every import.
 */
final class HeavyImports {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final int FITBIT = 8085;

	private static final int DIET = 8084;

	private static final int DROPBOX = 8086;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final LocalStack stack;

	private final String user;

	private final Path temp;

	HeavyImports(LocalStack stack, String user, Path temp) {
		this.stack = stack;
		this.user = user;
		this.temp = temp;
	}

	/**
	 * Generate and import every file; return one report row per step.
	 */
	List<String> load(HeavyUser heavy, int cadenceSeconds) throws Exception {
		List<String> rows = new ArrayList<>();
		long start = System.nanoTime();
		Path zip = heavy.fitbitExport(this.temp.resolve("takeout.zip"), cadenceSeconds);
		double generated = seconds(start);
		byte[] export = Files.readAllBytes(zip);
		Imported fitbit = importFile(FITBIT, "fitbit", "takeout.zip", export, Map.of("timeZone", "UTC"));
		rows.add(String.format(Locale.ROOT,
				"| Fitbit Takeout export, heart rate every %d s (%.1f MiB ZIP, generated in %.1f s) to fitbit-service | %s |",
				cadenceSeconds, export.length / 1048576.0, generated, fitbit));
		Files.delete(zip);
		rows.add(String.format(Locale.ROOT,
				"| MyFitnessPal Nutrition Summary, %d days × 3 meals, to diet-service | %s |", heavy.days(),
				importFile(
						DIET, "myfitnesspal", "Nutrition-Summary-" + heavy.first() + "-to-"
								+ heavy.first().plusDays(heavy.days() - 1) + ".csv",
						heavy.nutritionSummary(), Map.of())));
		rows.add(String.format(Locale.ROOT, "| OMRON connect CSV, 700 readings, to dropbox-ingest | %s |",
				importFile(DROPBOX, "dropbox", "omron.csv", heavy.omronCsv(700), Map.of("timeZone", "UTC"))));
		long reports = System.nanoTime();
		long beats = 0;
		for (int i = 0; i < 100; i++) {
			beats += importFile(DROPBOX, "dropbox", "cardiomood-" + i + ".txt", heavy.cardioMoodReport(i, 100),
					Map.of("timeZone", "UTC"))
				.rows();
		}
		rows.add(String.format(Locale.ROOT,
				"| 100 CardioMood reports (five minutes of RR intervals each), one upload each, to dropbox-ingest | "
						+ "%.1f s in all, %,d beats |",
				seconds(reports), beats));
		rows.add(
				"| 500 activities | not loaded: fitness-service has no upload endpoint; each sandbox Strava athlete has "
						+ "about 260 synthetic activities and the sandbox's control endpoint adds more only as ending now, "
						+ "and connecting Strava (the gateway's connect flow) with its backfill under the sandbox's read "
						+ "limit is not part of this harness yet |");
		return rows;
	}

	private Imported importFile(int port, String provider, String fileName, byte[] content, Map<String, String> fields)
			throws Exception {
		String token = UserTokens.cachedOrNew(this.stack, this.user);
		URI imports = URI.create(
				"http://localhost:" + (port + LocalStack.PORT_OFFSET) + "/api/connections/" + provider + "/imports");
		List<Multipart.Part> parts = new ArrayList<>();
		fields.forEach((name, value) -> parts
			.add(new Multipart.Part(name, null, "text/plain", value.getBytes(StandardCharsets.UTF_8))));
		parts.add(new Multipart.Part("file", fileName, "application/octet-stream", content));
		long start = System.nanoTime();
		HttpResponse<String> accepted = Awaitility.await(provider + " accepts the upload")
			.atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> this.client.send(
					Multipart.request(imports, parts).header("Authorization", "Bearer " + token).build(),
					HttpResponse.BodyHandlers.ofString()), (response) -> response.statusCode() != 429);
		if (accepted.statusCode() != 202) {
			throw new IllegalStateException(
					provider + " refused " + fileName + ": " + accepted.statusCode() + " " + accepted.body());
		}
		URI status = URI.create(imports + "/" + json.readTree(accepted.body()).path("id").asString());
		JsonNode report = Awaitility.await(provider + " imports " + fileName)
			.atMost(Duration.ofMinutes(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> json.readTree(
					this.client
						.send(HttpRequest.newBuilder(status)
							.header("Authorization", "Bearer " + UserTokens.cachedOrNew(this.stack, this.user))
							.header("Accept", "application/json")
							.GET()
							.build(), HttpResponse.BodyHandlers.ofString())
						.body()),
					(node) -> !node.path("status").asString().matches("QUEUED|RUNNING|"));
		String outcome = report.path("status").asString();
		if (!outcome.matches("SUCCEEDED|DUPLICATE")) {
			throw new IllegalStateException(provider + " import of " + fileName + " ended " + report);
		}
		return new Imported(outcome, seconds(start), report.path("rowsImported").asLong(),
				report.path("rowsSkipped").asLong());
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	/**
	 * One import's outcome.
	 *
	 * @param status {@code SUCCEEDED} or {@code DUPLICATE}
	 * @param seconds from the upload to the end of the import
	 * @param rows rows (records, beats) imported
	 * @param skipped rows skipped
	 */
	record Imported(String status, double seconds, long rows, long skipped) {

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%s in %.1f s (upload and import), %,d rows imported, %,d skipped",
					this.status, this.seconds, this.rows, this.skipped);
		}

	}

}
