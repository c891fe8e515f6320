package health.falcon.diet.export;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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
	 * Import a file. Unreadable rows and files are reported, never thrown.
	 * @param userId the owner of the data
	 * @param fileName the file's name, for the report and the stored provenance
	 * @param in the ZIP or CSV content (read to its end, not closed)
	 * @param importId the import run's id, for the log
	 * @return the report, one entry per file
	 * @throws IllegalStateException or a data-access exception if storage fails
	 */
	public ImportReport importFile(String userId, String fileName, InputStream in, String importId) {
		BufferedInputStream buffered = new BufferedInputStream(in);
		List<ImportReport.FileReport> files = new ArrayList<>();
		try {
			buffered.mark(4);
			boolean zip = Arrays.equals(buffered.readNBytes(4), ZIP_MAGIC);
			buffered.reset();
			if (zip) {
				importZip(userId, fileName, buffered, files);
			}
			else {
				files.add(importCsv(userId, fileName, buffered));
			}
		}
		catch (IOException ex) {
			files.add(refused(fileName, "the upload could not be read as a ZIP archive"));
		}
		logger.info("MyFitnessPal import {} read {} file(s)", importId, files.size());
		return new ImportReport(List.copyOf(files));
	}

	private void importZip(String userId, String fileName, InputStream in, List<ImportReport.FileReport> files)
			throws IOException {
		ZipInputStream zip = new ZipInputStream(in);
		int entryLimit = (int) Math.min(this.limits.maxEntrySize().toBytes(), CsvTable.MAX_BYTES);
		long total = 0;
		int entries = 0;
		for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
			if (++entries > this.limits.maxEntries()) {
				files.add(refused(fileName, "the archive holds more than " + this.limits.maxEntries() + " entries"));
				return;
			}
			if (entry.isDirectory() || isMetadata(entry.getName())) {
				continue;
			}
			// read through a bound whatever size the entry declares (zip-bomb guard)
			byte[] content = zip.readNBytes(entryLimit + 1);
			total += content.length;
			if (content.length > entryLimit || total > this.limits.maxTotalSize().toBytes()) {
				files.add(refused(fileName, "an entry or the archive expands beyond the import's limits (" + entryLimit
						+ " bytes per entry, " + this.limits.maxTotalSize() + " in all); the import stopped"));
				return;
			}
			files.add(importCsv(userId, entry.getName(), new ByteArrayInputStream(content)));
		}
		if (entries == 0) {
			files.add(refused(fileName, "the archive is empty or not a ZIP archive"));
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
