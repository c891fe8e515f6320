package health.falcon.fitbit.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;

import health.falcon.fitbit.daily.DailyActivityStore;
import health.falcon.fitbit.heartrate.HeartRateStore;
import health.falcon.fitbit.sleep.SleepStore;
import health.falcon.ingest.archive.ArchiveRefusedException;
import health.falcon.ingest.archive.GuardedZip;
import health.falcon.ingest.imports.ImportJob;
import health.falcon.ingest.imports.ImportReader;
import health.falcon.ingest.imports.ImportReport;
import health.falcon.ingest.imports.KeptFile;
import health.falcon.ingest.imports.UploadLimits;
import health.falcon.model.Source;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Imports a Fitbit account archive or a Google Takeout export (Fitbit or Google Health
 * product) from a ZIP file: checks the archive's safety, recognises the data files by
 * name, reads JSON or CSV per data family (JSON when both exist), and merges everything
 * into the stores on natural keys, so importing the same export again changes nothing.
 * Unsafe or unreadable content ends up in the report, never as an exception. This is the
 * reader of the ingest kit's import pipeline for {@code /api/connections/fitbit/imports}
 * and the hand-off {@code /internal/fitbit/imports}: an upload that is not a ZIP archive
 * is refused before it is queued, and the rest is read in the zone the kit settled.
 */
@Service
public class FitbitExportImporter implements ImportReader {

	static final String PROVIDER = "fitbit";

	static final String NOT_A_ZIP = "The upload is not a ZIP archive.";

	private static final Logger logger = LoggerFactory.getLogger(FitbitExportImporter.class);

	private final ImportStores stores;

	private final QuarantinedRecords quarantine;

	private final FitbitImportProperties limits;

	private final Clock clock;

	// entries are read one tree at a time from a parser positioned inside the array
	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	FitbitExportImporter(HeartRateStore heartRate, SleepStore sleep, DailyActivityStore daily,
			QuarantinedRecords quarantine, FitbitImportProperties limits, Clock clock) {
		this.stores = new ImportStores(heartRate, sleep, daily);
		this.quarantine = quarantine;
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
		return file.isZip() ? null : NOT_A_ZIP;
	}

	@Override
	public void read(ImportJob job, ImportReport report) {
		importZip(job.userId(), job.file().path(), job.zone(), job.zoneAssumed(), job.id(), report);
	}

	/**
	 * Import an export, telling the report what happened: the layout as its format,
	 * progress after each data file, a summary per data file, skipped files and records,
	 * quarantined entries as rejected rows, and refused entries as problems. An archive
	 * refused as a whole ends the report as refused and stores nothing.
	 * @param userId the owner of the data
	 * @param zip the export ZIP (left in place)
	 * @param zone the zone the export's zone-less times are read in
	 * @param zoneAssumed whether that zone was assumed (the profile's or UTC) rather than
	 * confirmed by the user; recorded on every time read from a wall clock
	 * @param importId the import's id, recorded as the records' ingest run
	 * @param report told what happened, on this thread
	 */
	public void importZip(String userId, Path zip, ZoneId zone, boolean zoneAssumed, String importId,
			ImportReport report) {
		Source source = new Source("fitbit", "export", importId, this.clock.instant());
		ImportContext context = new ImportContext(userId, importId, zone, zoneAssumed, source, report, this.quarantine);
		try (GuardedZip archive = GuardedZip.open(zip, this.limits.archive())) {
			Map<ExportFile, ZipEntry> files = select(archive.entries(), report);
			// the whole export is checked before anything is stored, so a refused archive
			// leaves no partial import behind
			GuardedZip.Scan scan = archive.scan(List.copyOf(files.values()));
			files.entrySet().removeIf((file) -> {
				IOException failure = scan.failed().get(file.getValue().getName());
				if (failure != null) {
					report.problem(file.getKey().path(), null, "refused: " + failure.getMessage());
				}
				return failure != null;
			});
			FamilyReaders readers = new FamilyReaders(this.json, context, this.stores, this.limits.heartRateBatch());
			int done = 0;
			report.progress(done, files.size());
			for (Map.Entry<ExportFile, ZipEntry> file : files.entrySet()) {
				read(archive, file.getKey(), file.getValue(), readers, report);
				report.progress(++done, files.size());
			}
			readers.finish();
			logger.info("Fitbit export import {} read {} data files", importId, files.size());
		}
		catch (ArchiveRefusedException ex) {
			report.refuse("refused: " + ex.getMessage());
		}
	}

	private Map<ExportFile, ZipEntry> select(List<ZipEntry> entries, ImportReport report) {
		List<String> names = new ArrayList<>();
		Map<ExportFile, ZipEntry> files = new TreeMap<>(Comparator.comparing(ExportFile::path));
		for (ZipEntry entry : entries) {
			if (GuardedZip.unsafeName(entry.getName())) {
				report.problem(entry.getName(), null, "refused: the entry name points outside the archive");
				continue;
			}
			names.add(entry.getName());
			Optional<ExportFile> file = entry.isDirectory() ? Optional.empty() : ExportFile.of(entry.getName());
			file.ifPresent((recognised) -> files.put(recognised, entry));
		}
		report.format(ExportLayout.detect(names).name());
		Set<ExportFile.Family> json = EnumSet.noneOf(ExportFile.Family.class);
		files.keySet().stream().filter((file) -> !file.csv()).forEach((file) -> json.add(file.family()));
		files.keySet().removeIf((file) -> {
			boolean duplicate = file.csv() && json.contains(file.family());
			if (duplicate) {
				report.skipped(file.path(), "duplicate of the JSON files of " + file.family(), 1);
			}
			return duplicate;
		});
		return files;
	}

	private void read(GuardedZip archive, ExportFile file, ZipEntry entry, FamilyReaders readers, ImportReport report)
			throws ArchiveRefusedException {
		try (InputStream in = archive.open(entry)) {
			boolean data = readers.read(file, in);
			report.file(file.path(), file.family().name(), readers.takeImported(), 0);
			if (!data) {
				report.skipped(file.path(), "no data", 1);
			}
		}
		catch (ArchiveRefusedException ex) {
			// records read before the failure still reach the stores
			report.imported(readers.takeImported());
			if (ex.wholeArchive()) {
				throw ex;
			}
			report.problem(file.path(), null, "refused: " + ex.getMessage());
		}
		catch (IOException ex) {
			report.imported(readers.takeImported());
			report.problem(file.path(), null, "refused: " + ex.getMessage());
		}
	}

}
