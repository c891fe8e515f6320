package health.falcon.diet.export;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.zip.ZipEntry;

import health.falcon.diet.mfpexport.CsvTable;
import health.falcon.diet.mfpexport.ExerciseSummaryParser;
import health.falcon.diet.mfpexport.MeasurementSummaryParser;
import health.falcon.diet.mfpexport.MyFitnessPalParseException;
import health.falcon.diet.mfpexport.NutritionSummaryParser;
import health.falcon.diet.mfpexport.Parsed;
import health.falcon.diet.mfpexport.RowError;
import health.falcon.diet.mfpexport.WeightUnit;
import health.falcon.diet.nutrition.BodyMeasurementStore;
import health.falcon.diet.nutrition.NutritionDayStore;
import health.falcon.documents.settings.UserZones;
import health.falcon.ingest.archive.ArchiveRefusedException;
import health.falcon.ingest.archive.GuardedZipStream;
import health.falcon.ingest.imports.ImportJob;
import health.falcon.ingest.imports.ImportReader;
import health.falcon.ingest.imports.ImportReport;
import health.falcon.ingest.imports.KeptFile;
import health.falcon.ingest.imports.UploadLimits;
import health.falcon.model.Source;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The reader of MyFitnessPal exports in the ingest kit's import pipeline
 * ({@code /api/connections/myfitnesspal/imports} and the hand-off
 * {@code /internal/myfitnesspal/imports}, within {@code falcon.diet.imports.*}): refuses
 * an upload that is neither a ZIP archive nor a CSV text file before it is queued, and
 * reads the "Export data" ZIP or one of its CSV files for a user: each file's kind is
 * told by its header row, rows are parsed, grouped into days and upserted, so reading the
 * same file twice changes nothing. Unreadable rows and files go to the report, never
 * thrown; an archive over a limit refuses the upload as a whole.
 */
@Component
class MyFitnessPalImporter implements ImportReader {

	static final String PROVIDER = "myfitnesspal";

	static final String NOT_AN_EXPORT = "The upload is neither a ZIP archive nor a CSV file.";

	static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	static final String ZIP_FORMAT = "MYFITNESSPAL_ZIP";

	static final String CSV_FORMAT = "MYFITNESSPAL_CSV";

	static final String UNSUPPORTED = "UNSUPPORTED";

	private final NutritionDayStore days;

	private final BodyMeasurementStore measurements;

	private final UserZones users;

	private final DietImportProperties limits;

	private final Clock clock;

	MyFitnessPalImporter(NutritionDayStore days, BodyMeasurementStore measurements, UserZones users,
			DietImportProperties limits, Clock clock) {
		this.days = days;
		this.measurements = measurements;
		this.users = users;
		this.limits = limits;
		this.clock = clock;
	}

	@Override
	public String provider() {
		return PROVIDER;
	}

	@Override
	public UploadLimits limits() {
		return this.limits.uploads();
	}

	@Override
	public @Nullable String refuse(KeptFile file) throws IOException {
		return (file.isZip() || file.isCsvText()) ? null : NOT_AN_EXPORT;
	}

	/**
	 * Read one kept upload. A ZIP is read twice through the archive guard: once whole,
	 * storing nothing, so that an archive over a limit (a zip bomb, too many entries) is
	 * refused before any of it is stored; then entry by entry, each streamed to the CSV
	 * reader.
	 * @param job the upload and its owner
	 * @param report where files, rejected rows and a refusal are told
	 * @throws IOException if a single CSV file cannot be opened
	 */
	@Override
	public void read(ImportJob job, ImportReport report) throws IOException {
		Path file = job.file().path();
		Upload upload = new Upload(job.userId(), job.id(), job.file().fileName());
		if (!isZip(file)) {
			report.format(CSV_FORMAT);
			try (InputStream in = Files.newInputStream(file)) {
				readCsv(upload, upload.fileName(), in, report);
			}
			report.progress(1, 1);
			return;
		}
		report.format(ZIP_FORMAT);
		try {
			readZip(upload, file, report);
		}
		catch (ArchiveRefusedException ex) {
			report.refuse("refused: " + ex.getMessage());
		}
		catch (IOException ex) {
			report.refuse("the upload could not be read as a ZIP archive");
		}
	}

	private static boolean isZip(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return Arrays.equals(in.readNBytes(4), ZIP_MAGIC);
		}
	}

	private void readZip(Upload upload, Path file, ImportReport report) throws IOException {
		int entries;
		try (InputStream in = Files.newInputStream(file)) {
			GuardedZipStream zip = new GuardedZipStream(new BufferedInputStream(in), this.limits.archive());
			while (zip.next() != null) {
				zip.content().transferTo(OutputStream.nullOutputStream());
			}
			entries = zip.entries();
		}
		if (entries == 0) {
			report.refuse("the archive is empty or not a ZIP archive");
			return;
		}
		try (InputStream in = Files.newInputStream(file)) {
			GuardedZipStream zip = new GuardedZipStream(new BufferedInputStream(in), this.limits.archive());
			int done = 0;
			for (ZipEntry entry = zip.next(); entry != null; entry = zip.next()) {
				if (!entry.isDirectory() && !isMetadata(entry.getName())) {
					readCsv(upload, entry.getName(), zip.content(), report);
				}
				report.progress(++done, entries);
			}
		}
	}

	private void readCsv(Upload upload, String file, InputStream in, ImportReport report) {
		Source source = new Source("myfitnesspal", file, upload.importId(), this.clock.instant());
		try {
			CsvTable table = CsvTable.read(in);
			switch (table.kind()) {
				case NUTRITION -> nutrition(upload.userId(), file, table, source, report);
				case EXERCISE -> exercise(upload.userId(), file, table, source, report);
				case MEASUREMENT -> measurement(upload.userId(), file, table, source, report);
				case UNSUPPORTED -> {
					report.file(file, UNSUPPORTED, 0, table.rows().size());
					report.problem(file, 1, "not a MyFitnessPal Nutrition, Exercise or Measurement Summary");
				}
			}
		}
		catch (MyFitnessPalParseException ex) {
			report.file(file, UNSUPPORTED, 0, 0);
			report.problem(file, null, ex.getMessage());
		}
	}

	private void nutrition(String userId, String file, CsvTable table, Source source, ImportReport report)
			throws MyFitnessPalParseException {
		var parsed = NutritionSummaryParser.parse(table);
		this.days.saveNutrition(DayAssembler.nutrition(userId, parsed.rows(), source));
		tell(report, file, "NUTRITION", parsed);
	}

	private void exercise(String userId, String file, CsvTable table, Source source, ImportReport report)
			throws MyFitnessPalParseException {
		var parsed = ExerciseSummaryParser.parse(table);
		this.days.saveExercise(DayAssembler.exercise(userId, parsed.rows(), source));
		tell(report, file, "EXERCISE", parsed);
	}

	private void measurement(String userId, String file, CsvTable table, Source source, ImportReport report)
			throws MyFitnessPalParseException {
		var parsed = MeasurementSummaryParser.parse(table,
				this.users.preferencesOf(userId).imperial() ? WeightUnit.POUNDS : WeightUnit.KILOGRAMS);
		this.measurements.save(DayAssembler.measurements(userId, parsed.rows(), source));
		tell(report, file, "MEASUREMENT", parsed);
	}

	/**
	 * Tell one file. Its rows not stored are the totals rows plus the unreadable rows, so
	 * that the file's summary counts both; each unreadable row is then listed with its
	 * line as a problem, which is not counted a second time.
	 */
	private static void tell(ImportReport report, String file, String kind, Parsed<?> parsed) {
		report.file(file, kind, parsed.rows().size(), parsed.skipped());
		for (RowError error : parsed.errors()) {
			report.problem(file, error.line(), error.reason());
		}
	}

	private static boolean isMetadata(String name) {
		return name.startsWith("__MACOSX/") || name.endsWith(".DS_Store");
	}

	/**
	 * Whose upload is being read.
	 */
	private record Upload(String userId, String importId, String fileName) {

	}

}
