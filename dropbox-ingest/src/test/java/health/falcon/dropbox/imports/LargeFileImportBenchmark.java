package health.falcon.dropbox.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.dropbox.config.WorkbookProperties;
import health.falcon.dropbox.formats.BloodPressureParser;
import health.falcon.dropbox.formats.BloodPressureReading;
import health.falcon.dropbox.formats.Detected;
import health.falcon.dropbox.formats.FormatDetector;
import health.falcon.dropbox.formats.RowError;
import health.falcon.dropbox.formats.RowSink;
import health.falcon.dropbox.handoff.ExportHandOff;
import health.falcon.dropbox.profiles.MappingProfiles;
import health.falcon.dropbox.reading.LineReader;
import health.falcon.dropbox.store.BloodPressureStore;
import health.falcon.dropbox.store.HrvRecordingStore;
import health.falcon.ingest.handoff.HandOffRecords;
import health.falcon.ingest.imports.FileImports;
import health.falcon.ingest.imports.ImportJob;
import health.falcon.ingest.imports.ImportOrigin;
import health.falcon.ingest.imports.ImportStatus;
import health.falcon.ingest.imports.ImportView;
import health.falcon.ingest.imports.ImportedFiles;
import health.falcon.ingest.imports.KeptFile;
import health.falcon.documents.settings.UserZones;
import health.falcon.testsupport.BenchmarkReport;
import health.falcon.testsupport.HeapSampler;
import org.apache.poi.ss.usermodel.Row;
import org.bson.Document;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.mock;

/**
 * Large files through the whole import pipeline (reader, detection, parser, batched
 * upserts), written to the "Large blood-pressure files" section of
 * {@code docs/benchmarks.md}: a large OMRON connect CSV and a large iHealth workbook,
 * with time and sampled peak heap, to show that files are streamed in bounded memory. Not
 * part of the normal build; run with
 * {@code ./mvnw -pl dropbox-ingest -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=LargeFileImportBenchmark -Dbenchmark=true -DargLine=-Xmx512m}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class LargeFileImportBenchmark {

	private static final String HEADING = "## Large blood-pressure files (dropbox-ingest)";

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final int CSV_ROWS = 50_000;

	private static final int WORKBOOK_ROWS = 20_000;

	private static final int PARSE_ONLY_ROWS = 1_000_000;

	private static final int PARSE_ONLY_HEAP_MIB = 24;

	@TempDir
	Path temp;

	@Test
	void measure() throws Exception {
		MongoServer server = new MongoServer(new MemoryBackend());
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			MongoTemplate mongo = new MongoTemplate(client, "falcon");
			ImportProperties properties = new ImportProperties(DataSize.ofMegabytes(50), 500, 500, 1, 8, 2);
			FileImporter importer = new FileImporter(new BloodPressureStore(mongo), new HrvRecordingStore(mongo),
					properties, mock(MappingProfiles.class), mock(ExportHandOff.class),
					WorkbookProperties.defaults().limits());
			FileImports imports = new FileImports(
					List.of(new DropboxImportReader(importer, mock(MappingProfiles.class), properties)),
					new ImportedFiles(mongo, Clock.systemUTC()), new UserZones(mongo), new HandOffRecords(mongo));
			String csv = measure(imports, mongo, omron(CSV_ROWS, "omron.csv"), "omron.csv", CSV_ROWS);
			String workbook = measure(imports, mongo, iHealthWorkbook(), "ihealth.xlsx", WORKBOOK_ROWS);
			String parseOnly = parseOnly(omron(PARSE_ONLY_ROWS, "large.csv"));
			BenchmarkReport.writeSection(HEADING, section(csv, workbook, parseOnly));
		}
		finally {
			server.shutdownNow();
		}
	}

	private String measure(FileImports imports, MongoTemplate mongo, Path file, String name, int rows)
			throws IOException {
		String id = "record-" + name;
		String user = "bench-" + name;
		mongo.getCollection(ImportedFiles.COLLECTION)
			.insertOne(new Document("_id", id).append("userId", user)
				.append("provider", DropboxImportReader.PROVIDER)
				.append("origin", ImportOrigin.UPLOAD.name())
				.append("fileName", name)
				.append("status", ImportStatus.QUEUED.name()));
		ImportJob job = new ImportJob(id, user, ImportOrigin.UPLOAD,
				new KeptFile(file, name, Files.size(file), "sha-" + name), BERLIN, true, null, null);
		HeapSampler heap = HeapSampler.start();
		long start = System.nanoTime();
		ImportView outcome = imports.readNow(DropboxImportReader.PROVIDER, job);
		long elapsed = System.nanoTime() - start;
		heap.close();
		long bad = rows / 100;
		assertThat(outcome.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(outcome.rowsImported()).isEqualTo(rows - bad);
		assertThat(outcome.rowsSkipped()).isEqualTo(bad);
		return String.format(Locale.ROOT,
				"| %s: %,d rows (1 %% bad), %,.1f MiB | %s; %.1f s (%,.0f rows/s); peak heap used %,d MiB sampled every "
						+ "5 ms (%,d MiB before), max heap %,d MiB |",
				name, rows, Files.size(file) / (1024.0 * 1024), outcome.format(), elapsed / 1e9, rows / (elapsed / 1e9),
				heap.peakMiB(), heap.baselineMiB(), HeapSampler.maxMiB());
	}

	/**
	 * OMRON connect rows every 20 minutes, one in a hundred with an unreadable systolic.
	 */
	private Path omron(int rows, String name) throws IOException {
		Path file = this.temp.resolve(name);
		DateTimeFormatter date = DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ENGLISH);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
		LocalDateTime at = LocalDateTime.of(2020, 1, 1, 6, 0);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("Date,Time,Systolic (mmHg),Diastolic (mmHg),Pulse (bpm),Symptoms,Consumed,TruRead,Notes\n");
			for (int i = 0; i < rows; i++, at = at.plusMinutes(20)) {
				String systolic = (i % 100 == 99) ? "err" : Integer.toString(110 + i % 35);
				out.write(date.format(at) + "," + time.format(at) + "," + systolic + "," + (70 + i % 20) + ","
						+ (55 + i % 30) + ",-,-,Off,-\n");
			}
		}
		return file;
	}

	/**
	 * Reader, detector and parser alone over a large file with a counting sink, in a JVM
	 * of its own whose heap is capped below the file's size: it can only finish if the
	 * pipeline streams.
	 */
	private String parseOnly(Path file) throws IOException, InterruptedException {
		Path result = this.temp.resolve("parse-only.txt");
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-Xmx" + PARSE_ONLY_HEAP_MIB + "m", "-cp",
				System.getProperty("java.class.path"), ParseOnly.class.getName(), file.toString(), result.toString())
			.inheritIO()
			.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).isZero();
		String[] figures = Files.readString(result).trim().split(" ");
		long rows = Long.parseLong(figures[0]);
		double seconds = Long.parseLong(figures[1]) / 1e9;
		assertThat(rows).isEqualTo(PARSE_ONLY_ROWS);
		return String.format(Locale.ROOT,
				"| large.csv, parsed only (counting sink, no store): %,d rows, %,.1f MiB | %.1f s (%,.0f rows/s) in a "
						+ "JVM with the heap capped at %d MiB, smaller than the file |",
				rows, Files.size(file) / (1024.0 * 1024), seconds, rows / seconds, PARSE_ONLY_HEAP_MIB);
	}

	/**
	 * The parse-only run in its own JVM: arguments are the file and where to write
	 * "{@code <rows> <nanoseconds>}".
	 */
	static final class ParseOnly {

		private ParseOnly() {
		}

		public static void main(String[] args) throws Exception {
			AtomicLong rows = new AtomicLong();
			long start = System.nanoTime();
			try (InputStream in = Files.newInputStream(Path.of(args[0])); LineReader lines = LineReader.open(in)) {
				Detected detected = FormatDetector.detect(lines).orElseThrow();
				BloodPressureParser.parse(detected, lines, BERLIN, true, new RowSink<>() {

					@Override
					public void accept(BloodPressureReading row) {
						rows.incrementAndGet();
					}

					@Override
					public void reject(RowError error) {
						rows.incrementAndGet();
					}

				});
			}
			Files.writeString(Path.of(args[1]), rows.get() + " " + (System.nanoTime() - start));
		}

	}

	/**
	 * The same kind of series as an iHealth workbook, written with POI's streaming
	 * writer.
	 */
	private Path iHealthWorkbook() throws IOException {
		Path file = this.temp.resolve("ihealth.xlsx");
		LocalDateTime at = LocalDateTime.of(2022, 1, 1, 6, 0);
		try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = book.createSheet("BP");
			Row header = sheet.createRow(0);
			String[] names = { "Time", "SYS", "DIA", "Pulse" };
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			DateTimeFormatter cell = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);
			for (int i = 0; i < WORKBOOK_ROWS; i++, at = at.plusMinutes(30)) {
				Row row = sheet.createRow(i + 1);
				row.createCell(0).setCellValue(cell.format(at));
				row.createCell(1).setCellValue((i % 100 == 99) ? "err" : (115 + i % 30) + " mmHg");
				row.createCell(2).setCellValue(72 + i % 18);
				row.createCell(3).setCellValue(58 + i % 25);
			}
			book.write(out);
			book.close();
		}
		return file;
	}

	private static String section(String csv, String workbook, String parseOnly) {
		return HEADING + "\n\n" + """
				Issue 5. Whole files through `FileImporter` as an upload or a synced Dropbox file goes: a generated
				OMRON connect CSV (a reading every 20 minutes, one row in a hundred with an unreadable systolic
				value) and a generated iHealth workbook (POI's streaming writer; converted by `Workbooks` with
				POI's event API into a temporary CSV of the first sheet, then read the same way). Readings are
				upserted in batches of 500 into an in-process mongo-java-server (in memory), so the times are
				dominated by that server. Peak heap is sampled every 5 ms and includes uncollected garbage, so it
				is an upper bound; the in-memory server keeps every stored reading in the same heap, so the heap of
				the first two rows grows with the rows stored. The last row runs the reader, detector and parser
				alone over a large file (1,000,000 rows) with a counting sink, in a JVM of its own whose heap is
				capped below the file's size: it finishes only because the pipeline streams.

				""" + "Machine: " + BenchmarkReport.machine() + ".\n\nCommand:\n\n```bash\n"
				+ "./mvnw -B -pl dropbox-ingest -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=LargeFileImportBenchmark -Dbenchmark=true -DargLine=-Xmx512m\n"
				+ "```\n\n| File | Result |\n|---|---|\n" + csv + "\n" + workbook + "\n" + parseOnly + "\n";
	}

}
