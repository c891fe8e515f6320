package health.falcon.diet.export;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;

import health.falcon.diet.mfpexport.CsvTable;
import health.falcon.diet.mfpexport.ExerciseSummaryParser;
import health.falcon.diet.mfpexport.MeasurementSummaryParser;
import health.falcon.diet.mfpexport.MyFitnessPalParseException;
import health.falcon.diet.mfpexport.NutritionSummaryParser;
import health.falcon.diet.mfpexport.Parsed;
import health.falcon.diet.mfpexport.RowError;
import health.falcon.diet.nutrition.BodyMeasurementStore;
import health.falcon.diet.nutrition.NutritionDayStore;
import health.falcon.diet.nutrition.Source;
import health.falcon.ingest.archive.ArchiveRefusedException;
import health.falcon.ingest.archive.GuardedZipStream;
import health.falcon.ingest.uploads.UploadWorkers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Imports a MyFitnessPal export (the "Export data" ZIP or one of its CSV files) for a
 * user: each file's kind is told by its header row, rows are parsed, grouped into days
 * and upserted, so importing the same file twice changes nothing. This is the internal
 * API the upload endpoint uses, and that dropbox-ingest is to call.
 */
@Service
public class MyFitnessPalImporter {

	private static final Logger logger = LoggerFactory.getLogger(MyFitnessPalImporter.class);

	static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private final NutritionDayStore days;

	private final BodyMeasurementStore measurements;

	private final UserUnits units;

	private final DietImportProperties limits;

	MyFitnessPalImporter(NutritionDayStore days, BodyMeasurementStore measurements, UserUnits units,
			DietImportProperties limits) {
		this.days = days;
		this.measurements = measurements;
		this.units = units;
		this.limits = limits;
	}

	/**
	 * Import a file from a stream: the content is kept in a temporary file first, so that
	 * an archive can be checked whole before anything is stored.
	 * @param userId the owner of the data
	 * @param fileName the file's name, for the report and the stored provenance
	 * @param in the ZIP or CSV content (read to its end, not closed)
	 * @param importId the import run's id, for the log
	 * @return the report, one entry per file
	 * @throws UncheckedIOException if the content cannot be kept
	 */
	public ImportReport importFile(String userId, String fileName, InputStream in, String importId) {
		Path file = null;
		try {
			file = Files.createTempFile("mfp-import-", ".upload");
			try (OutputStream out = Files.newOutputStream(file)) {
				in.transferTo(out);
			}
			return importFile(userId, fileName, file, importId);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep the file to import", ex);
		}
		finally {
			if (file != null) {
				UploadWorkers.deleteQuietly(file);
			}
		}
	}

	/**
	 * Import a file. Unreadable rows and files are reported, never thrown. A ZIP is read
	 * twice through the archive guard: once whole, storing nothing, so that an archive
	 * over a limit (a zip bomb, too many entries) is refused before any of it is stored;
	 * then entry by entry, each streamed to the CSV reader.
	 * @param userId the owner of the data
	 * @param fileName the file's name, for the report and the stored provenance
	 * @param file the ZIP or CSV file (left in place)
	 * @param importId the import run's id, for the log
	 * @return the report, one entry per file
	 * @throws IllegalStateException or a data-access exception if storage fails
	 */
	public ImportReport importFile(String userId, String fileName, Path file, String importId) {
		List<ImportReport.FileReport> files = new ArrayList<>();
		try {
			if (isZip(file)) {
				importZip(userId, fileName, file, files);
			}
			else {
				try (InputStream in = Files.newInputStream(file)) {
					files.add(importCsv(userId, fileName, in));
				}
			}
		}
		catch (ArchiveRefusedException ex) {
			files.clear();
			files.add(refused(fileName, "refused: " + ex.getMessage()));
		}
		catch (IOException ex) {
			files.add(refused(fileName, "the upload could not be read as a ZIP archive"));
		}
		logger.info("MyFitnessPal import {} read {} file(s)", importId, files.size());
		return new ImportReport(List.copyOf(files));
	}

	private static boolean isZip(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return Arrays.equals(in.readNBytes(4), ZIP_MAGIC);
		}
	}

	private void importZip(String userId, String fileName, Path file, List<ImportReport.FileReport> files)
			throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			GuardedZipStream zip = new GuardedZipStream(new BufferedInputStream(in), this.limits.archive());
			while (zip.next() != null) {
				zip.content().transferTo(OutputStream.nullOutputStream());
			}
			if (zip.entries() == 0) {
				files.add(refused(fileName, "the archive is empty or not a ZIP archive"));
				return;
			}
		}
		try (InputStream in = Files.newInputStream(file)) {
			GuardedZipStream zip = new GuardedZipStream(new BufferedInputStream(in), this.limits.archive());
			for (ZipEntry entry = zip.next(); entry != null; entry = zip.next()) {
				if (!entry.isDirectory() && !isMetadata(entry.getName())) {
					files.add(importCsv(userId, entry.getName(), zip.content()));
				}
			}
		}
	}

	private ImportReport.FileReport importCsv(String userId, String file, InputStream in) {
		Source source = new Source("myfitnesspal", "export", file);
		try {
			CsvTable table = CsvTable.read(in);
			return switch (table.kind()) {
				case NUTRITION -> nutrition(userId, file, table, source);
				case EXERCISE -> exercise(userId, file, table, source);
				case MEASUREMENT -> measurement(userId, file, table, source);
				case UNSUPPORTED -> new ImportReport.FileReport(file, "UNSUPPORTED", 0, table.rows().size(), List
					.of(new ImportReport.Problem(1, "not a MyFitnessPal Nutrition, Exercise or Measurement Summary")));
			};
		}
		catch (MyFitnessPalParseException ex) {
			return new ImportReport.FileReport(file, "UNSUPPORTED", 0, 0,
					List.of(new ImportReport.Problem(null, ex.getMessage())));
		}
	}

	private ImportReport.FileReport nutrition(String userId, String file, CsvTable table, Source source)
			throws MyFitnessPalParseException {
		var parsed = NutritionSummaryParser.parse(table);
		this.days.saveNutrition(DayAssembler.nutrition(userId, parsed.rows(), source));
		return report(file, "NUTRITION", parsed);
	}

	private ImportReport.FileReport exercise(String userId, String file, CsvTable table, Source source)
			throws MyFitnessPalParseException {
		var parsed = ExerciseSummaryParser.parse(table);
		this.days.saveExercise(DayAssembler.exercise(userId, parsed.rows(), source));
		return report(file, "EXERCISE", parsed);
	}

	private ImportReport.FileReport measurement(String userId, String file, CsvTable table, Source source)
			throws MyFitnessPalParseException {
		var parsed = MeasurementSummaryParser.parse(table, this.units.weightUnitOf(userId));
		this.measurements.save(DayAssembler.measurements(userId, parsed.rows(), source));
		return report(file, "MEASUREMENT", parsed);
	}

	private static ImportReport.FileReport report(String file, String kind, Parsed<?> parsed) {
		List<ImportReport.Problem> errors = new ArrayList<>();
		for (RowError error : parsed.errors()) {
			errors.add(new ImportReport.Problem(error.line(), error.reason()));
		}
		return new ImportReport.FileReport(file, kind, parsed.rows().size(), parsed.skipped(), errors);
	}

	static ImportReport.FileReport refused(String file, String reason) {
		return new ImportReport.FileReport(file, "UNSUPPORTED", 0, 0, List.of(new ImportReport.Problem(null, reason)));
	}

	private static boolean isMetadata(String name) {
		return name.startsWith("__MACOSX/") || name.endsWith(".DS_Store");
	}

}
