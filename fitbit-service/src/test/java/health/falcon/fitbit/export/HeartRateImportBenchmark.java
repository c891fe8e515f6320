package health.falcon.fitbit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.fitbit.heartrate.HeartRateDays;
import health.falcon.fitbit.heartrate.HeartRateSample;
import health.falcon.fitbit.heartrate.MongoHeartRateStore;
import health.falcon.ingest.imports.ImportReport;
import health.falcon.ingest.imports.ImportReports;
import health.falcon.ingest.imports.ImportView;
import health.falcon.model.Source;
import health.falcon.testsupport.BenchmarkReport;
import health.falcon.testsupport.HeapSampler;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intraday heart-rate storage and the export import, written to the "Intraday heart rate
 * and Fitbit export import" section of {@code docs/benchmarks.md}. Not part of the normal
 * build; run with
 * {@code ./mvnw -pl fitbit-service -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=HeartRateImportBenchmark -Dbenchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class HeartRateImportBenchmark {

	private static final Logger logger = LoggerFactory.getLogger(HeartRateImportBenchmark.class);

	private static final String HEADING = "## Intraday heart rate and Fitbit export import";

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final Source SOURCE = new Source("fitbit", "api", "run-1", CLOCK.instant());

	private static final int RUNS = 9;

	@TempDir
	Path temp;

	@Test
	void measure() throws Exception {
		MongoServer server = new MongoServer(new MemoryBackend());
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			MongoTemplate mongo = new MongoTemplate(client, "falcon");
			List<String> rows = new ArrayList<>();
			rows.addAll(oneDay(mongo));
			rows.addAll(bytesPerDay(mongo));
			rows.addAll(oneYear(mongo));
			BenchmarkReport.writeSection(HEADING, section(rows));
		}
		finally {
			server.shutdownNow();
		}
	}

	private List<String> oneDay(MongoTemplate mongo) {
		MongoHeartRateStore store = new MongoHeartRateStore(mongo, Clock.systemUTC());
		List<HeartRateSample> day = perSecondDay(LocalDate.parse("2026-06-01"));
		for (int i = 0; i < 3; i++) {
			store.merge("warmup-" + i, day, SOURCE);
		}
		long[] fresh = new long[RUNS];
		long[] late = new long[RUNS];
		long[] unchanged = new long[RUNS];
		List<HeartRateSample> shifted = day.stream()
			.map((sample) -> new HeartRateSample(sample.instant(), sample.offset(), sample.bpm() + 1))
			.toList();
		for (int i = 0; i < RUNS; i++) {
			String user = "user-" + i;
			long start = System.nanoTime();
			assertThat(store.merge(user, day, SOURCE)).isOne();
			fresh[i] = System.nanoTime() - start;
			start = System.nanoTime();
			assertThat(store.merge(user, day, SOURCE)).isZero();
			unchanged[i] = System.nanoTime() - start;
			start = System.nanoTime();
			assertThat(store.merge(user, shifted, SOURCE)).isOne();
			late[i] = System.nanoTime() - start;
		}
		HeartRateDays.Day stored = new HeartRateDays(mongo)
			.read("user-0", LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-01"))
			.get(0);
		assertThat(stored.minutes()).hasSize(1440);
		return List.of("| 86,400 samples into an empty day (goal <= 0.5 s) | " + times(fresh) + " |",
				"| the same 86,400 again (idempotent, no write) | " + times(unchanged) + " |",
				"| 86,400 revised samples into the stored day (read, merge, rewrite) | " + times(late) + " |");
	}

	private List<String> bytesPerDay(MongoTemplate mongo) {
		new MongoHeartRateStore(mongo, Clock.systemUTC()).merge("bytes", perSecondDay(LocalDate.parse("2026-06-02")),
				SOURCE);
		RawBsonDocument day = mongo.getCollection("heart_rate_days")
			.withDocumentClass(RawBsonDocument.class)
			.find(new Document("_id", "bytes:2026-06-02"))
			.first();
		RawBsonDocument samples = mongo.getCollection("heart_rate_samples")
			.withDocumentClass(RawBsonDocument.class)
			.find(new Document("_id", "bytes:2026-06-02"))
			.first();
		long bucket = day.getByteBuffer().remaining() + samples.getByteBuffer().remaining();
		long samplesBinary = samples.getBinary("samples").getData().length;
		long rollups = day.getBinary("rollups").getData().length;
		MongoCollection<Document> perSample = mongo.getCollection("heart_rate_per_sample");
		List<Document> batch = new ArrayList<>();
		long perSampleBytes = 0;
		for (HeartRateSample sample : perSecondDay(LocalDate.parse("2026-06-02"))) {
			Document document = new Document("userId", "bytes").append("instant", Date.from(sample.instant()))
				.append("bpm", sample.bpm())
				.append("source", new Document("provider", "fitbit").append("sourceId", "api"));
			batch.add(document);
			if (batch.size() == 10_000) {
				perSample.insertMany(batch);
				batch.clear();
			}
		}
		perSample.insertMany(batch);
		for (RawBsonDocument stored : perSample.withDocumentClass(RawBsonDocument.class).find()) {
			perSampleBytes += stored.getByteBuffer().remaining();
		}
		return List.of(String.format(Locale.ROOT,
				"| bytes stored for one per-second day | one `heart_rate_days` and one `heart_rate_samples` document %,d B (samples %,d B, rollups "
						+ "%,d B) vs %,d B in 86,400 per-sample documents (%.0fx more, before any index) |",
				bucket, samplesBinary, rollups, perSampleBytes, (double) perSampleBytes / bucket));
	}

	private List<String> oneYear(MongoTemplate mongo) throws IOException {
		long generateStart = System.nanoTime();
		Path zip = yearExport();
		long generated = System.nanoTime() - generateStart;
		RecordingStores.Sleep sleep = new RecordingStores.Sleep();
		RecordingStores.Daily daily = new RecordingStores.Daily();
		FitbitExportImporter importer = new FitbitExportImporter(new MongoHeartRateStore(mongo, Clock.systemUTC()),
				sleep, daily, new QuarantinedRecords(mongo, CLOCK), FitbitImportProperties.defaults(), CLOCK);
		HeapSampler heap = HeapSampler.start();
		long start = System.nanoTime();
		List<ImportView.Progress> progress = new ArrayList<>();
		ImportReport collecting = ImportReports.collecting(progress);
		importer.importZip("year", zip, BERLIN, false, "bench", collecting);
		ImportView report = ImportReports.view(collecting);
		long elapsed = System.nanoTime() - start;
		heap.close();
		assertThat(report.errors()).isEmpty();
		long again = System.nanoTime();
		importer.importZip("year", zip, BERLIN, false, "bench-2", ImportReports.collecting());
		long reimport = System.nanoTime() - again;
		long days = mongo.getCollection("heart_rate_days").countDocuments(new Document("userId", "year"));
		logger.info("year import: {}", report);
		return List.of(String.format(Locale.ROOT,
				"| one-year export (%,d MiB ZIP, %,d files, %,d records; generated in %.1f s) | import %.1f s, "
						+ "re-import (no changes) %.1f s; %d heart-rate days; peak heap used %,d MiB sampled every 5 ms "
						+ "(%,d MiB before), max heap %,d MiB |",
				Files.size(zip) / (1024 * 1024), progress.get(progress.size() - 1).total(), report.rowsImported(),
				generated / 1e9, elapsed / 1e9, reimport / 1e9, days, heap.peakMiB(), heap.baselineMiB(),
				HeapSampler.maxMiB()));
	}

	private Path yearExport() throws IOException {
		Path zip = this.temp.resolve("year.zip");
		String root = "Takeout/Fitbit/Global Export Data/";
		DateTimeFormatter stamp = DateTimeFormatter.ofPattern("MM/dd/yy HH:mm:ss");
		LocalDate first = LocalDate.parse("2025-11-01");
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream archive = new ZipOutputStream(out)) {
			StringBuilder resting = new StringBuilder("[");
			StringBuilder steps = new StringBuilder("[");
			for (int d = 0; d < 365; d++) {
				LocalDate day = first.plusDays(d);
				StringBuilder json = new StringBuilder(1_600_000).append('[');
				for (int second = 0; second < 86_400; second += 5) {
					LocalDateTime at = day.atStartOfDay().plusSeconds(second);
					json.append((second > 0) ? ",{\n  \"dateTime\" : \"" : "{\n  \"dateTime\" : \"")
						.append(stamp.format(at))
						.append("\",\n  \"value\" : {\n    \"bpm\" : ")
						.append(60 + (second / 60 + d) % 40)
						.append(",\n    \"confidence\" : 2\n  }\n}");
				}
				entry(archive, root + "heart_rate-" + day + ".json", json.append(']'));
				resting.append((d > 0) ? "," : "")
					.append("{\"dateTime\":\"")
					.append(stamp.format(day.atStartOfDay()))
					.append("\",\"value\":{\"date\":\"")
					.append(DateTimeFormatter.ofPattern("MM/dd/yy").format(day))
					.append("\",\"value\":")
					.append(50 + d % 10)
					.append(".3,\"error\":5.1}}");
				for (int minute = 0; minute < 1440; minute += 1) {
					steps.append((steps.length() > 1) ? "," : "")
						.append("{\"dateTime\":\"")
						.append(stamp.format(day.atStartOfDay().plusMinutes(minute)))
						.append("\",\"value\":\"")
						.append(minute % 7 * 10)
						.append("\"}");
				}
				if (day.getDayOfMonth() == day.lengthOfMonth()) {
					entry(archive, root + "steps-" + day.withDayOfMonth(1) + ".json", steps.append(']'));
					steps = new StringBuilder("[");
				}
			}
			entry(archive, root + "resting_heart_rate-" + first + ".json", resting.append(']'));
			if (steps.length() > 1) {
				entry(archive, root + "steps-last.json", steps.append(']'));
			}
		}
		return zip;
	}

	private static void entry(ZipOutputStream archive, String name, CharSequence content) throws IOException {
		archive.putNextEntry(new ZipEntry(name));
		archive.write(content.toString().getBytes(StandardCharsets.UTF_8));
		archive.closeEntry();
	}

	private static List<HeartRateSample> perSecondDay(LocalDate day) {
		List<HeartRateSample> samples = new ArrayList<>(86_400);
		ZonedDateTime start = day.atStartOfDay(BERLIN);
		for (int second = 0; second < 86_400; second++) {
			ZonedDateTime at = start.plusSeconds(second);
			samples.add(new HeartRateSample(at.toInstant(), at.getOffset(), 55 + (second / 30) % 60));
		}
		return samples;
	}

	private static String times(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "median %.0f ms (min %.0f, max %.0f, %d runs)",
				sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
	}

	private static String section(List<String> rows) {
		StringBuilder section = new StringBuilder(HEADING).append("\n\n");
		section.append("Issue 4 benchmark. (1) One day of per-second heart rate (86,400 `HeartRateSample`s, "
				+ "Europe/Berlin) merged by `MongoHeartRateStore` into `heart_rate_days`: grouped by local day, "
				+ "packed (delta varint seconds + one bpm byte), per-minute rollups computed and packed, one "
				+ "version-guarded bulk write; each run is a new user, after three warm-up days. (2) The stored "
				+ "document's BSON size against one document per sample `{userId, instant, bpm, source}`. "
				+ "(3) A generated one-year Takeout export (`Takeout/Fitbit/Global Export Data/`): 365 "
				+ "`heart_rate-*.json` files at a 5 s cadence in the real pretty-printed shape, monthly per-minute "
				+ "`steps-*.json`, one `resting_heart_rate-*.json`; imported by `FitbitExportImporter` (Jackson "
				+ "streaming, heart rate merged in 50,000-sample batches). Sleep and daily-activity stores are "
				+ "in-memory stand-ins here (their Mongo implementations belong to other packages). All storage is "
				+ "an in-process mongo-java-server (in memory).\n\n");
		section.append("Machine: ")
			.append(BenchmarkReport.machine())
			.append(".\n\nCommand:\n\n```bash\n")
			.append("./mvnw -B -pl fitbit-service -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=HeartRateImportBenchmark -Dbenchmark=true -DargLine=-Xmx256m\n```\n\n");
		section.append("| Case | Result |\n|---|---|\n");
		rows.forEach((row) -> section.append(row).append('\n'));
		section.append("\nmongo-java-server is not MongoDB: it keeps documents in memory and does no compression, "
				+ "so the times show the cost of grouping, packing, rollups and the write path, and the byte "
				+ "figures are uncompressed BSON (WiredTiger would compress both layouts, the per-sample one far "
				+ "more, and would add an index entry per sample document). Peak heap is sampled, includes "
				+ "garbage not yet collected, and is an upper bound on what the import needs.\n");
		return section.toString();
	}

}
