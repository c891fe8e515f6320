package health.falcon.diet.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import health.falcon.ingest.archive.ArchiveLimits;
import health.falcon.ingest.uploads.UploadWorkers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Starts MyFitnessPal imports from uploads: checks the upload (a ZIP archive or a CSV
 * text file), keeps it in a temporary file, records the run in {@code diet_imports} and
 * imports it on a small bounded pool of background workers; the temporary file is deleted
 * when the run ends.
 */
@Service
class MyFitnessPalImportService implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(MyFitnessPalImportService.class);

	private final MyFitnessPalImporter importer;

	private final ImportRuns runs;

	private final DietImportProperties properties;

	private final UploadWorkers workers;

	MyFitnessPalImportService(MyFitnessPalImporter importer, ImportRuns runs, DietImportProperties properties) {
		this.importer = importer;
		this.runs = runs;
		this.properties = properties;
		this.workers = new UploadWorkers("mfp-import", properties.workers(), properties.queueCapacity(),
				properties.perUserCap());
	}

	ImportView start(String userId, MultipartFile upload) {
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
			this.runs.create(id, userId, fileName);
			if (!this.workers.submit(ticket, file, () -> run(userId, id, fileName, file))) {
				this.runs.finish(id, ImportStatus.FAILED,
						new ImportReport(List.of(MyFitnessPalImporter.refused(fileName, "queue full"))));
				throw new ImportQueueFullException();
			}
			return new ImportView(id, ImportStatus.QUEUED, fileName, null);
		}
	}

	ImportView find(String userId, String id) {
		return this.runs.find(userId, id).orElseThrow(ImportNotFoundException::new);
	}

	private Path keep(MultipartFile upload) {
		Path file = UploadWorkers.keep(upload, "mfp-export-").file();
		try {
			if (!UploadSniffer.isZipOrCsv(file)) {
				throw new InvalidExportException("The upload is neither a ZIP archive nor a CSV file.");
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

	private void run(String userId, String id, String fileName, Path file) {
		try {
			this.runs.status(id, ImportStatus.RUNNING);
			ImportReport report = this.importer.importFile(userId, fileName, file, id);
			this.runs.finish(id, report.refused(fileName) ? ImportStatus.FAILED : ImportStatus.SUCCEEDED, report);
		}
		catch (RuntimeException ex) {
			logger.error("MyFitnessPal import {} failed", id, ex);
			this.runs.finish(id, ImportStatus.FAILED, new ImportReport(List.of(MyFitnessPalImporter.refused(fileName,
					"the import broke off unexpectedly; nothing after the failure was imported"))));
		}
	}

	@Override
	public void destroy() {
		this.workers.close();
	}

	/**
	 * Tells a ZIP archive or a CSV text file from anything else by its first bytes.
	 */
	static final class UploadSniffer {

		private UploadSniffer() {
		}

		static boolean isZipOrCsv(Path file) throws IOException {
			byte[] head;
			try (InputStream in = Files.newInputStream(file)) {
				head = in.readNBytes(4096);
			}
			if (head.length >= 4 && Arrays.equals(Arrays.copyOf(head, 4), MyFitnessPalImporter.ZIP_MAGIC)) {
				return true;
			}
			for (byte b : head) {
				if (b == 0) {
					return false;
				}
			}
			String text = new String(head, StandardCharsets.UTF_8);
			int end = text.indexOf('\n');
			String firstLine = (end >= 0) ? text.substring(0, end) : text;
			return firstLine.contains(",");
		}

	}

}
