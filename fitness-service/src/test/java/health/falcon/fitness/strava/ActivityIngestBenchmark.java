package health.falcon.fitness.strava;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.fitness.activity.Activity;
import health.falcon.fitness.activity.ActivityStore;
import health.falcon.ingest.spi.SyncTrigger;
import health.falcon.testsupport.RecordingSyncContext;
import health.falcon.testsupport.BenchmarkReport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput of mapping plus bulk upsert for a year of synthetic Strava activities into
 * an in-process mongo-java-server, written to the "Strava activities" section of
 * {@code docs/benchmarks.md}. Not part of the normal build; run with
 * {@code ./mvnw -pl fitness-service -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=ActivityIngestBenchmark -Dbenchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ActivityIngestBenchmark {

	private static final Logger logger = LoggerFactory.getLogger(ActivityIngestBenchmark.class);

	private static final String HEADING = "## Strava activities: mapping + bulk upsert";

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

	private static final String[] SPORTS = { "Run", "Ride", "Walk", "TrailRun", "VirtualRide", "Hike" };

	private final JsonMapper json = JsonMapper.builder().build();

	private final ActivityReader reader = new ActivityReader(this.json);

	@Test
	void measure() throws IOException {
		MongoServer server = new MongoServer(new MemoryBackend());
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			ActivityStore store = new ActivityStore(new MongoTemplate(client, "falcon"), CLOCK);
			ingest(store, "warmup", pages(4000));
			List<String> rows = new ArrayList<>();
			for (int count : new int[] { 400, 4000 }) {
				List<List<JsonNode>> pages = pages(count);
				rows.add(row(count, "first run (all new)", ingest(store, "user-" + count, pages), count));
				rows.add(row(count, "re-run (unchanged, no writes)", ingest(store, "user-" + count, pages), count));
			}
			BenchmarkReport.writeSection(HEADING, section(rows));
		}
		finally {
			server.shutdownNow();
		}
	}

	private long ingest(ActivityStore store, String userId, List<List<JsonNode>> pages) {
		RecordingSyncContext context = new RecordingSyncContext(userId, SyncTrigger.BACKFILL, "http://localhost:1",
				CLOCK, "1234567");
		long start = System.nanoTime();
		int written = 0;
		for (List<JsonNode> page : pages) {
			List<Activity> activities = new ArrayList<>(page.size());
			for (JsonNode record : page) {
				this.reader.activity(record, context).ifPresent(activities::add);
			}
			written += store.upsertAll(activities).written();
		}
		long elapsed = System.nanoTime() - start;
		assertThat(context.quarantined()).isEmpty();
		logger.info("{}: {} written in {} ms", userId, written, elapsed / 1_000_000);
		return elapsed;
	}

	private List<List<JsonNode>> pages(int count) {
		List<List<JsonNode>> pages = new ArrayList<>();
		long yearStart = CLOCK.instant().minusSeconds(365L * 24 * 3600).getEpochSecond();
		long step = 365L * 24 * 3600 / count;
		List<JsonNode> page = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String start = Instant.ofEpochSecond(yearStart + i * step).toString();
			page.add(this.json.readTree(StravaJson.summary(1_000_000L + i, start, SPORTS[i % SPORTS.length])));
			if (page.size() == 200) {
				pages.add(page);
				page = new ArrayList<>();
			}
		}
		if (!page.isEmpty()) {
			pages.add(page);
		}
		return pages;
	}

	private static String row(int count, String run, long nanos, int activities) {
		double seconds = nanos / 1e9;
		return String.format(Locale.ROOT, "| %,d | %s | %.0f ms | %,.0f |", count, run, seconds * 1000,
				activities / seconds);
	}

	private static String section(List<String> rows) {
		StringBuilder section = new StringBuilder(HEADING).append("\n\n");
		section.append("Issue 3 benchmark: a year of synthetic Strava SummaryActivity records (the real shape, "
				+ "rides, runs, walks, hikes), bound from JSON trees to records, mapped by `ActivityMapper` and written with one "
				+ "`BulkOperations` upsert per 200-activity page into an in-process mongo-java-server (in memory), "
				+ "after a 4,000-activity warm-up. The re-run is the same pages again: content fingerprints match, "
				+ "so nothing is written (crash-and-rerun, overlapping pages, duplicate webhooks).\n\n");
		section.append("Machine: ")
			.append(BenchmarkReport.machine())
			.append(".\n\nCommand:\n\n```bash\n")
			.append("./mvnw -B -pl fitness-service -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=ActivityIngestBenchmark -Dbenchmark=true\n```\n\n");
		section.append("| Activities | Run | Time | Activities/s |\n|---|---|---|---|\n");
		rows.forEach((row) -> section.append(row).append('\n'));
		section.append("\nmongo-java-server is not MongoDB: the figures show the cost of the mapping and of the "
				+ "write path, not a real server's disk and network.\n");
		return section.toString();
	}

}
