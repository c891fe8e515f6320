package health.falcon.dropbox.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import health.falcon.dropbox.formats.MappingProfile;
import health.falcon.dropbox.profiles.MappingProfiles;
import health.falcon.dropbox.profiles.ProfileNotFoundException;
import health.falcon.dropbox.profiles.StoredProfile;
import health.falcon.ingest.archive.ArchiveLimits;
import health.falcon.ingest.uploads.KeptUpload;
import health.falcon.ingest.uploads.UploadWorkers;
import health.falcon.ingest.users.UserZones;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Starts file imports from uploads: keeps the upload in a temporary file while hashing it
 * (SHA-256), records it in {@code imported_files}, recognises content imported before
 * ({@code DUPLICATE}, not imported again) and otherwise imports it on a small bounded
 * pool of background workers; the temporary file is deleted when the import ends.
 */
@Service
class DropboxImportService implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(DropboxImportService.class);

	private final FileImporter importer;

	private final ImportedFiles files;

	private final UserZones zones;

	private final ImportProperties properties;

	private final UploadWorkers workers;

	private final MappingProfiles profiles;

	DropboxImportService(FileImporter importer, ImportedFiles files, UserZones zones, ImportProperties properties,
			MappingProfiles profiles) {
		this.profiles = profiles;
		this.importer = importer;
		this.files = files;
		this.zones = zones;
		this.properties = properties;
		this.workers = new UploadWorkers("dropbox-import", properties.workers(), properties.queueCapacity(),
				properties.perUserCap());
	}

	ImportView start(String userId, MultipartFile upload) {
		return start(userId, upload, null);
	}

	/**
	 * Start the import of an upload.
	 * @param profileId the id of the user's mapping profile to read the file with, if the
	 * user chose one
	 */
	ImportView start(String userId, MultipartFile upload, @Nullable String profileId) {
		MappingProfile profile = (profileId != null) ? this.profiles.find(userId, profileId)
			.map(StoredProfile::toProfile)
			.orElseThrow(ProfileNotFoundException::new) : null;
		if (upload.isEmpty()) {
			throw new EmptyFileException();
		}
		if (upload.getSize() > this.properties.maxUploadSize().toBytes()) {
			throw new FileTooLargeException(ArchiveLimits.format(this.properties.maxUploadSize()));
		}
		try (UploadWorkers.Ticket ticket = this.workers.admit(userId)) {
			return start(userId, upload, profile, ticket);
		}
	}

	private ImportView start(String userId, MultipartFile upload, @Nullable MappingProfile profile,
			UploadWorkers.Ticket ticket) {
		ZoneId zone = this.zones.zoneOf(userId);
		String fileName = (upload.getOriginalFilename() != null) ? upload.getOriginalFilename() : "upload";
		KeptUpload kept = UploadWorkers.keep(upload, "dropbox-ingest-");
		Path file = kept.file();
		String sha256 = kept.sha256();
		String id = UUID.randomUUID().toString();
		Optional<String> original = this.files.original(userId, sha256);
		if (original.isPresent()) {
			UploadWorkers.deleteQuietly(file);
			ImportView duplicate = new ImportView(id, fileName, sha256, null, ImportStatus.DUPLICATE, 0, 0, List.of(),
					"the same content was imported before (import " + original.get() + "); not imported again",
					original.get(), zone.getId(), true);
			this.files.create(duplicate, userId);
			return duplicate;
		}
		ImportView queued = new ImportView(id, fileName, sha256, null, ImportStatus.QUEUED, 0, 0, List.of(), null, null,
				zone.getId(), true);
		this.files.create(queued, userId);
		if (!this.workers.submit(ticket, file, () -> run(userId, queued, file, zone, profile))) {
			this.files.finish(id, ImportOutcome.refused(null, ImportStatus.FAILED, "import queue full"));
			throw new ImportQueueFullException();
		}
		return queued;
	}

	ImportView find(String userId, String id) {
		return this.files.find(userId, id).orElseThrow(ImportNotFoundException::new);
	}

	List<ImportView> list(String userId, int limit) {
		return this.files.list(userId, limit);
	}

	private void run(String userId, ImportView queued, Path file, ZoneId zone, @Nullable MappingProfile profile) {
		try {
			this.files.status(queued.id(), ImportStatus.RUNNING);
			// no supported format states a zone: the profile zone (or UTC) is always
			// assumed
			ImportOutcome outcome = this.importer.importFile(queued.id(), userId, file, queued.file(), queued.sha256(),
					zone, true, null, profile);
			this.files.finish(queued.id(), outcome);
			logger.info("Import {} finished: {} ({} rows imported, {} skipped)", queued.id(), outcome.status(),
					outcome.rowsImported(), outcome.rowsSkipped());
		}
		catch (IOException | RuntimeException ex) {
			logger.error("Import {} failed", queued.id(), ex);
			this.files.finish(queued.id(), ImportOutcome.refused(null, ImportStatus.FAILED,
					"the import broke off unexpectedly; rows after the failure were not imported"));
		}
	}

	@Override
	public void destroy() {
		this.workers.close();
	}

}
