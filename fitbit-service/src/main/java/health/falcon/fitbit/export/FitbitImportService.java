package health.falcon.fitbit.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import health.falcon.ingest.archive.ArchiveLimits;
import health.falcon.ingest.uploads.UploadWorkers;
import health.falcon.ingest.users.UserZones;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Starts export imports from uploads: checks the upload, keeps it in a temporary file,
 * records the run in {@code fitbit_imports} and imports it on a small bounded pool of
 * background workers; the temporary file is deleted when the run ends.
 */
@Service
class FitbitImportService implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(FitbitImportService.class);

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private final FitbitExportImporter importer;

	private final ImportRuns runs;

	private final UserZones zones;

	private final FitbitImportProperties properties;

	private final UploadWorkers workers;

	FitbitImportService(FitbitExportImporter importer, ImportRuns runs, UserZones zones,
			FitbitImportProperties properties) {
		this.importer = importer;
		this.runs = runs;
		this.zones = zones;
		this.properties = properties;
		this.workers = new UploadWorkers("fitbit-import", properties.workers(), properties.queueCapacity(),
				properties.perUserCap());
	}

	ImportView start(String userId, MultipartFile upload, @Nullable String timeZone) {
		ZoneId zone = zone(userId, timeZone);
		if (upload.isEmpty()) {
			throw new InvalidExportException("The upload is empty.");
		}
		if (upload.getSize() > this.properties.maxUploadSize().toBytes()) {
			throw new ExportTooLargeException(ArchiveLimits.format(this.properties.maxUploadSize()));
		}
		try (UploadWorkers.Ticket ticket = this.workers.admit(userId)) {
			Path file = keep(upload);
			String id = UUID.randomUUID().toString();
			String fileName = (upload.getOriginalFilename() != null) ? upload.getOriginalFilename() : "export.zip";
			this.runs.create(id, userId, fileName, zone.getId(), timeZone == null);
			if (!this.workers.submit(ticket, file, () -> run(userId, id, file, zone, timeZone == null))) {
				this.runs.finish(id, ImportStatus.FAILED, new ImportReport("UNKNOWN", 0, 0, 0, List.of(),
						List.of(new ImportReport.Problem(FitbitExportImporter.ARCHIVE, null, "queue full"))));
				throw new ImportQueueFullException();
			}
			return queued(id, fileName, zone, timeZone == null);
		}
	}

	private static ImportView queued(String id, String fileName, ZoneId zone, boolean zoneAssumed) {
		return new ImportView(id, ImportStatus.QUEUED, fileName, zone.getId(), zoneAssumed,
				new ImportView.Progress(0, 0), null);
	}

	ImportView find(String userId, String id) {
		return this.runs.find(userId, id).orElseThrow(ImportNotFoundException::new);
	}

	private ZoneId zone(String userId, @Nullable String timeZone) {
		if (timeZone == null) {
			return this.zones.zoneOf(userId);
		}
		try {
			return ZoneId.of(timeZone);
		}
		catch (DateTimeException ex) {
			throw new InvalidTimeZoneException();
		}
	}

	private Path keep(MultipartFile upload) {
		Path file = UploadWorkers.keep(upload, "fitbit-export-").file();
		try {
			if (!isZip(file)) {
				throw new InvalidExportException("The upload is not a ZIP archive.");
			}
			return file;
		}
		catch (IOException | RuntimeException ex) {
			UploadWorkers.deleteQuietly(file);
			if (ex instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new UncheckedIOException("Could not read the upload", (IOException) ex);
		}
	}

	private static boolean isZip(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return Arrays.equals(in.readNBytes(4), ZIP_MAGIC);
		}
	}

	private void run(String userId, String id, Path file, ZoneId zone, boolean zoneAssumed) {
		try {
			this.runs.status(id, ImportStatus.RUNNING);
			ImportReport report = this.importer.importZip(userId, file, zone, zoneAssumed, id,
					(done, total) -> this.runs.progress(id, done, total));
			boolean refused = report.errors()
				.stream()
				.anyMatch((error) -> FitbitExportImporter.ARCHIVE.equals(error.file()));
			this.runs.finish(id, refused ? ImportStatus.FAILED : ImportStatus.SUCCEEDED, report);
		}
		catch (RuntimeException ex) {
			logger.error("Fitbit export import {} failed", id, ex);
			this.runs.finish(id, ImportStatus.FAILED,
					new ImportReport("UNKNOWN", 0, 0, 0, List.of(),
							List.of(new ImportReport.Problem(FitbitExportImporter.ARCHIVE, null,
									"the import broke off unexpectedly; nothing after the failure was imported"))));
		}
	}

	@Override
	public void destroy() {
		this.workers.close();
	}

}
