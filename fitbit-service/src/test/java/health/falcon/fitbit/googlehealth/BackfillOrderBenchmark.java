package health.falcon.fitbit.googlehealth;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.fitbit.config.FitbitProperties;
import health.falcon.fitbit.heartrate.MongoHeartRateStore;
import health.falcon.fitbit.profile.FitbitProfileStore;
import health.falcon.ingest.spi.SyncTrigger;
import health.falcon.testsupport.BenchmarkReport;
import health.falcon.testsupport.RecordingSyncContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How soon the latest seven days are stored after the consent, oldest-first (the old
 * order) against newest-first: a 30-day backfill of per-second heart rate (the devstack
 * sandbox's default depth and resolution) from a generated Google Health API on the JDK's
 * HTTP server, through the real connector, mapper and {@code MongoHeartRateStore} on an
 * in-process mongo-java-server (the other streams answer empty pages). Figures are
 * logged, not asserted. Not part of the normal build; run with
 * {@code ./mvnw -B -o -pl fitbit-service -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=BackfillOrderBenchmark -Dbenchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class BackfillOrderBenchmark {

	private static final Logger logger = LoggerFactory.getLogger(BackfillOrderBenchmark.class);

	private static final String HEADING = "## Time to first data: backfill order (fitbit-service)";

	private static final int ROUNDS = 3;

	private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

	private static final Instant FROM = NOW.minus(Duration.ofDays(30));

	// the start of the seventh local day back, today included (midnight in Berlin)
	private static final Instant LATEST_WEEK = Instant.parse("2026-11-13T23:00:00Z");

	private static final Pattern INSTANTS = Pattern.compile("\"([0-9T:Z-]+)\".*\"([0-9T:Z-]+)\"");

	@Test
	void measure() throws IOException {
		HttpServer google = google();
		try {
			String base = "http://localhost:" + google.getAddress().getPort();
			// warm-up: two days each way, so that the JIT does not count against the
			// first order
			sync(base, false, NOW.minus(Duration.ofDays(2)));
			sync(base, true, NOW.minus(Duration.ofDays(2)));
			List<String> rows = new ArrayList<>();
			for (int round = 1; round <= ROUNDS; round++) {
				Figures oldest = sync(base, false, FROM);
				Figures newest = sync(base, true, FROM);
				logger.info(String.format(Locale.ROOT,
						"round %d: oldest first: latest 7 days stored after %.1f s, all 30 days after %.1f s; "
								+ "newest first: latest 7 days stored after %.1f s, all 30 days after %.1f s",
						round, oldest.latestWeek(), oldest.total(), newest.latestWeek(), newest.total()));
				rows.add(String.format(Locale.ROOT, "| %d | %.1f s | %.1f s | %.1f s | %.1f s |", round,
						oldest.latestWeek(), oldest.total(), newest.latestWeek(), newest.total()));
			}
			BenchmarkReport.writeSection(HEADING, section(rows));
		}
		finally {
			google.stop(0);
		}
	}

	private static String section(List<String> rows) {
		return HEADING + "\n\n" + """
				Issue 12: how soon the latest seven days are readable after the consent. A 30-day backfill of
				per-second heart rate (the devstack sandbox's default depth and resolution: 2,592,000 samples) from
				a generated Google Health API on the JDK's HTTP server (loopback), through the real
				`GoogleHealthConnector`, `HistoryBackfill`, mapper and `MongoHeartRateStore` on an in-process
				mongo-java-server; the other streams answer empty pages. Oldest first is the order before issue 12
				(the latest week is complete when the heart-rate stream reaches now), newest first the order since
				(the first seven-day window). Goal: the last seven days readable within 30 s of the consent.

				""" + "Machine: " + BenchmarkReport.machine() + "\n\n"
				+ """
						Command:

						```bash
						./mvnw -B -o -pl fitbit-service -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=BackfillOrderBenchmark -Dbenchmark=true
						```

						| Round | Oldest first: latest 7 days | Oldest first: all 30 days | Newest first: latest 7 days | Newest first: all 30 days |
						|---|---|---|---|---|
						"""
				+ String.join("\n", rows) + "\n\n" + """
						The sandbox's real HTTP stack, the gateway and `./run.sh`'s JVMs are not in these figures; the
						system test `FitbitConnectSystemTests` exercises the same order end to end.
						""";
	}

	private Figures sync(String base, boolean newestFirst, Instant from) {
		MongoServer server = new MongoServer(new MemoryBackend());
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			MongoTemplate mongo = new MongoTemplate(client, "falcon");
			GoogleHealthConnector connector = connector(mongo);
			TimedContext context = new TimedContext(base);
			if (newestFirst) {
				context.planBackfill(from);
			}
			else {
				context.backfillFrom(from);
			}
			context.start = System.nanoTime();
			connector.sync(context);
			double total = (System.nanoTime() - context.start) / 1e9;
			assertThat(mongo.getCollection("heart_rate_days").countDocuments())
				.isGreaterThanOrEqualTo(Duration.between(from, NOW).toDays());
			// oldest first, the latest week is complete when heart rate (the first
			// stream) reaches now
			double latestWeek = newestFirst ? context.firstWindow : context.heartRateNow;
			return new Figures(latestWeek, total);
		}
		finally {
			server.shutdownNow();
		}
	}

	private static GoogleHealthConnector connector(MongoTemplate mongo) {
		FitbitProperties properties = new FitbitProperties(
				new FitbitProperties.GoogleHealth(10000, 25, Duration.ofDays(1), Duration.ofHours(6), 7, 2, 400,
						Duration.ofHours(24), URI.create("http://localhost:1/revoke")),
				new FitbitProperties.Notifications(null, null));
		RecordingStores stores = new RecordingStores();
		MongoHeartRateStore heartRate = new MongoHeartRateStore(mongo, Clock.systemUTC());
		DataPointPages pages = new DataPointPages(JsonMapper.builder().build());
		FitbitProfileStore profiles = new FitbitProfileStore(mongo);
		GoogleHealthConnector.Streams streams = new GoogleHealthConnector.Streams(
				new HeartRateSync(pages, heartRate, properties), new RestingHeartRateSync(pages, heartRate, properties),
				new SleepSync(pages, stores.sleepStore, properties),
				new DailyActivitySync(pages, stores.dailyStore, properties));
		return new GoogleHealthConnector(new GoogleHealthClients(), new ProfileSync(profiles, pages, properties),
				streams, new GoogleHealthConnector.Stores(stores.sleepStore, stores.dailyStore, heartRate, profiles),
				new TokenRevocation(new GoogleHealthClients(), properties), new HistoryBackfill(streams, properties));
	}

	/**
	 * Google Health with one heart-rate reading a second (newest first, pages of
	 * {@code pageSize}, the page token an index) and empty pages for the other types.
	 */
	private static HttpServer google() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		server.createContext("/v4/users/me/identity", (exchange) -> answer(exchange,
				"{\"name\":\"users/me/identity\",\"healthUserId\":\"1234567890\",\"legacyUserId\":\"A1B2C3\"}"));
		server.createContext("/v4/users/me/settings", (exchange) -> answer(exchange,
				"{\"name\":\"users/me/settings\",\"timeZone\":\"Europe/Berlin\",\"utcOffset\":\"3600s\"}"));
		server.createContext("/v4/users/me/dataTypes/", (exchange) -> {
			String path = exchange.getRequestURI().getPath();
			if (!path.startsWith("/v4/users/me/dataTypes/heart-rate/")) {
				answer(exchange, path.endsWith(":dailyRollUp") ? "{}" : "{\"dataPoints\":[]}");
				return;
			}
			answer(exchange, heartRatePage(query(exchange.getRequestURI().getRawQuery())));
		});
		server.start();
		return server;
	}

	private static String heartRatePage(Map<String, String> query) {
		Matcher instants = INSTANTS.matcher(query.get("filter"));
		assertThat(instants.find()).isTrue();
		long from = Instant.parse(instants.group(1)).getEpochSecond();
		long to = Math.min(Instant.parse(instants.group(2)).getEpochSecond(), NOW.getEpochSecond());
		int size = Integer.parseInt(query.get("pageSize"));
		long page = Long.parseLong(query.getOrDefault("pageToken", "0"));
		long newest = to - 1 - page * size;
		long oldest = Math.max(from, newest - size + 1);
		StringBuilder body = new StringBuilder(size * 220).append("{\"dataPoints\":[");
		for (long second = newest; second >= oldest; second--) {
			if (second != newest) {
				body.append(',');
			}
			body.append("{\"dataSource\":{\"platform\":\"FITBIT\",\"recordingMethod\":\"PASSIVELY_MEASURED\"},")
				.append("\"heartRate\":{\"beatsPerMinute\":\"")
				.append(60 + second % 40)
				.append("\",\"sampleTime\":{\"physicalTime\":\"")
				.append(Instant.ofEpochSecond(second))
				.append("\",\"utcOffset\":\"3600s\"}}}");
		}
		body.append(']');
		if (oldest > from) {
			body.append(",\"nextPageToken\":\"").append(page + 1).append('"');
		}
		return body.append('}').toString();
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> query = new HashMap<>();
		for (String pair : raw.split("&")) {
			int equals = pair.indexOf('=');
			query.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		return query;
	}

	private static void answer(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/**
	 * Seconds from the start of a sync to the latest seven days stored and to its end.
	 */
	private record Figures(double latestWeek, double total) {

	}

	/**
	 * Records when the first backfill window was stored and when the heart-rate cursor
	 * reached now.
	 */
	private static final class TimedContext extends RecordingSyncContext {

		private long start;

		private double firstWindow = -1;

		private double heartRateNow = -1;

		TimedContext(String base) {
			super("demo", SyncTrigger.BACKFILL, base, Clock.fixed(NOW, ZoneOffset.UTC));
		}

		@Override
		public void backfillProgress(Instant from, Instant reached) {
			super.backfillProgress(from, reached);
			if (this.firstWindow < 0 && !reached.isAfter(LATEST_WEEK)) {
				this.firstWindow = (System.nanoTime() - this.start) / 1e9;
			}
		}

		@Override
		public void advance(String stream, String cursor, int written) {
			super.advance(stream, cursor, written);
			if (stream.equals(HeartRateSync.STREAM) && cursor.equals(NOW.toString()) && this.heartRateNow < 0) {
				this.heartRateNow = (System.nanoTime() - this.start) / 1e9;
			}
		}

	}

}
