package health.falcon.ingest.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import health.falcon.ingest.handoff.HandOffFormat;
import health.falcon.ingest.handoff.HandOffNotFoundException;
import health.falcon.ingest.handoff.HandOffParameters;
import health.falcon.ingest.handoff.HandOffRecords;
import health.falcon.ingest.provider.UnknownProviderException;
import health.falcon.ingest.uploads.KeptUpload;
import health.falcon.ingest.uploads.UploadWorkers;
import health.falcon.documents.settings.UserZones;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.multipart.MultipartFile;

/**
 * File imports of every reader of the service: accepts an upload or a verified hand-off
 * (checks, keeps the file while hashing it, recognises content imported before as
 * {@code DUPLICATE}, records it in {@code imported_files}), reads it on the reader's
 * bounded workers, and reads synced files on the caller's thread. The kept file is
 * deleted when its import ends.
 */
public class FileImports implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(FileImports.class);

	/**
	 * The reason of an import whose reader threw: a synced file's service may offer it
	 * again.
	 */
	public static final String BROKE_OFF = "the import broke off unexpectedly; rows after the failure were not imported";

	private final Map<String, Registered> readers = new LinkedHashMap<>();

	private final Map<String, InFlight> inFlight = new ConcurrentHashMap<>();

	private final ImportedFiles files;

	private final UserZones zones;

	private final HandOffRecords handOffs;

	private final List<CommonImportFormat> formats;

	/**
	 * Start the workers of every reader.
	 * @param readers the service's readers, one per provider
	 * @param files the records
	 * @param zones the users' profile zones, assumed when no zone is chosen
	 * @param handOffs the hand-off check
	 */
	public FileImports(List<ImportReader> readers, ImportedFiles files, UserZones zones, HandOffRecords handOffs) {
		this(readers, files, zones, handOffs, List.of());
	}

	/**
	 * Start the workers of every reader, with formats every reader accepts besides its
	 * own.
	 * @param readers the service's readers, one per provider
	 * @param files the records
	 * @param zones the users' profile zones, assumed when no zone is chosen
	 * @param handOffs the hand-off check
	 * @param formats the common formats, read in a reader's place when an upload is one
	 */
	public FileImports(List<ImportReader> readers, ImportedFiles files, UserZones zones, HandOffRecords handOffs,
			List<CommonImportFormat> formats) {
		this.formats = List.copyOf(formats);
		this.files = files;
		this.zones = zones;
		this.handOffs = handOffs;
		for (ImportReader reader : readers) {
			UploadLimits limits = reader.limits();
			UploadWorkers workers = new UploadWorkers(reader.provider() + "-import", limits.workers(),
					limits.queueCapacity(),
					new UploadWorkers.PerUserCap(limits.maxPerUser(), limits.maxPerUserProperty()));
			this.readers.put(reader.provider(), new Registered(reader, workers));
		}
	}

	/**
	 * Accept an upload of the signed-in user, or a verified hand-off.
	 * @param request whose file, through which reader, with which options
	 * @param upload the file
	 * @return the import's id and status ({@code QUEUED} or {@code DUPLICATE})
	 */
	public ImportAccepted accept(ImportRequest request, MultipartFile upload) {
		Registered registered = registered(request.provider());
		ZoneChoice zone = zone(request);
		registered.reader().validate(request);
		UploadLimits limits = registered.reader().limits();
		if (upload.isEmpty()) {
			throw new InvalidUploadException("The upload is empty.");
		}
		if (upload.getSize() > limits.maxUploadSize().toBytes()) {
			throw new UploadTooLargeException(limits.maxUploadSize());
		}
		try (UploadWorkers.Ticket ticket = registered.workers().admit(request.userId())) {
			KeptFile file = keep(registered.reader(), request.origin(), upload);
			return queue(registered, ticket, request, file, zone);
		}
	}

	/**
	 * Accept a file handed over by another service after checking the record that
	 * justifies it (see {@link HandOffRecords#verify}).
	 * @param provider the receiving reader's provider
	 * @param handOff the record and user the caller names
	 * @param upload the file
	 * @param timeZone the zone chosen for the file, if any
	 * @return the import's id and status
	 */
	public ImportAccepted handOver(String provider, HandOffParameters handOff, MultipartFile upload,
			@Nullable String timeZone) {
		registered(provider);
		HandOffFormat format = HandOffFormat.forProvider(provider).orElseThrow(HandOffNotFoundException::new);
		this.handOffs.verify(handOff, format, upload);
		return accept(new ImportRequest(provider, handOff.user(), ImportOrigin.HANDOFF, timeZone, null), upload);
	}

	/**
	 * Read a synced file now, on the caller's thread, into its existing record (created
	 * by the syncing service with the same shape).
	 * @param provider the reader's provider
	 * @param job the file, its record id and owner
	 * @return the record after the import
	 */
	public ImportView readNow(String provider, ImportJob job) {
		Registered registered = registered(provider);
		this.files.status(job.id(), ImportStatus.RUNNING);
		read(registered.reader(), job);
		return this.files.find(job.userId(), provider, job.id()).orElseThrow(ImportNotFoundException::new);
	}

	/**
	 * One import of the user's.
	 * @param provider the provider in the path
	 * @param userId the signed-in user
	 * @param id the import id
	 * @return the import
	 * @throws ImportNotFoundException when the user has no such import through this
	 * provider
	 */
	public ImportView find(String provider, String userId, String id) {
		registered(provider);
		return this.files.find(userId, provider, id).orElseThrow(ImportNotFoundException::new);
	}

	/**
	 * The user's imports through one provider, newest first.
	 * @param provider the provider in the path
	 * @param userId the signed-in user
	 * @param limit how many at most
	 * @return the imports
	 */
	public List<ImportView> list(String provider, String userId, int limit) {
		registered(provider);
		return this.files.list(userId, provider, limit);
	}

	private KeptFile keep(ImportReader reader, ImportOrigin origin, MultipartFile upload) {
		KeptUpload kept = UploadWorkers.keep(upload, "falcon-import-");
		String name = Objects.requireNonNullElse(upload.getOriginalFilename(), "upload");
		KeptFile file = new KeptFile(kept.file(), name.isBlank() ? "upload" : name, upload.getSize(), kept.sha256());
		try {
			String refusal = (common(origin, file) != null) ? null : reader.refuse(file);
			if (refusal != null) {
				throw new InvalidUploadException(refusal);
			}
			return file;
		}
		catch (IOException ex) {
			UploadWorkers.deleteQuietly(file.path());
			throw new UncheckedIOException("Could not read the kept upload", ex);
		}
		catch (RuntimeException ex) {
			UploadWorkers.deleteQuietly(file.path());
			throw ex;
		}
	}

	private ImportAccepted queue(Registered registered, UploadWorkers.Ticket ticket, ImportRequest request,
			KeptFile file, ZoneChoice zone) {
		String id = UUID.randomUUID().toString();
		Optional<String> original = this.files.original(request, file.sha256(), zone.zone().getId());
		if (original.isPresent()) {
			UploadWorkers.deleteQuietly(file.path());
			this.files.create(id, request, file, zone.zone().getId(), zone.assumed(), ImportStatus.DUPLICATE);
			this.files.duplicate(id, original.get());
			return new ImportAccepted(id, ImportStatus.DUPLICATE);
		}
		this.files.create(id, request, file, zone.zone().getId(), zone.assumed(), ImportStatus.QUEUED);
		ImportJob job = new ImportJob(id, request.userId(), request.origin(), file, zone.zone(), zone.assumed(),
				request.profile(), null);
		InFlight flight = new InFlight(request.userId(), file.path());
		this.inFlight.put(id, flight);
		if (!registered.workers().submit(ticket, file.path(), () -> run(registered.reader(), job, flight))) {
			this.inFlight.remove(id);
			this.files.finish(id, ImportResult.failed("the import queue was full; nothing was imported"));
			throw new ImportQueueFullException();
		}
		return new ImportAccepted(id, ImportStatus.QUEUED);
	}

	private void run(ImportReader reader, ImportJob job, InFlight flight) {
		try {
			if (flight.start()) {
				this.files.status(job.id(), ImportStatus.RUNNING);
				read(reader, job);
			}
		}
		finally {
			this.inFlight.remove(job.id());
			flight.finished().complete(null);
		}
	}

	/**
	 * Forget a user's imports in flight, as part of erasing the account: queued ones
	 * never run and their kept files are deleted now; running ones are awaited (their
	 * worker deletes their files), so that none writes after the caller purges the data.
	 * @param userId the owner
	 * @param wait how long to wait for the user's running imports
	 * @return how many kept files of the user were deleted (queued) or released (running)
	 * @throws IllegalStateException when a running import did not end within the wait
	 */
	public long cancel(String userId, Duration wait) {
		long kept = 0;
		for (InFlight flight : this.inFlight.values()) {
			if (!flight.userId().equals(userId)) {
				continue;
			}
			if (flight.cancel()) {
				UploadWorkers.deleteQuietly(flight.file());
			}
			else {
				await(flight, wait);
			}
			kept++;
		}
		return kept;
	}

	/**
	 * The providers of the service's readers.
	 * @return the providers, in the order the readers were declared
	 */
	public Set<String> providers() {
		return this.readers.keySet();
	}

	private static void await(InFlight flight, Duration wait) {
		try {
			flight.finished().get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for an import to end", ex);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("An import of the user is still running", ex);
		}
		catch (ExecutionException ex) {
			// the import's own failure does not matter here: it ended
		}
	}

	private void read(ImportReader reader, ImportJob job) {
		ImportReport report = new ImportReport(reader.limits().maxErrors(), new ThrottledProgress(job.id()));
		try {
			CommonImportFormat common = common(job.origin(), job.file());
			if (common != null) {
				common.read(job, report);
			}
			else {
				reader.read(job, report);
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.error("Import {} ({}) broke off", job.id(), reader.provider(), ex);
			report.refuse(BROKE_OFF);
		}
		ImportResult result = report.result();
		this.files.finish(job.id(), result);
		logger.info("Import {} ({}) finished: {}, {} rows imported, {} skipped", job.id(), reader.provider(),
				result.status(), result.rowsImported(), result.rowsSkipped());
	}

	/**
	 * The common format of an upload; synced files and hand-offs are always the reader's.
	 */
	private @Nullable CommonImportFormat common(ImportOrigin origin, KeptFile file) throws IOException {
		if (origin != ImportOrigin.UPLOAD) {
			return null;
		}
		for (CommonImportFormat format : this.formats) {
			if (format.recognises(file)) {
				return format;
			}
		}
		return null;
	}

	private ZoneChoice zone(ImportRequest request) {
		if (request.timeZone() == null || request.timeZone().isBlank()) {
			return new ZoneChoice(this.zones.zoneOf(request.userId()), true);
		}
		try {
			return new ZoneChoice(ZoneId.of(request.timeZone()), false);
		}
		catch (DateTimeException ex) {
			throw new InvalidTimeZoneException();
		}
	}

	private Registered registered(String provider) {
		Registered registered = this.readers.get(provider);
		if (registered == null) {
			throw new UnknownProviderException(provider);
		}
		return registered;
	}

	/**
	 * Stop every reader's workers; running imports are interrupted.
	 */
	@Override
	public void close() {
		this.readers.values().forEach((registered) -> registered.workers().close());
	}

	private record Registered(ImportReader reader, UploadWorkers workers) {

	}

	private record ZoneChoice(ZoneId zone, boolean assumed) {

	}

	/**
	 * A queued or running import: who owns it, where its file is kept, and whether it
	 * started or was cancelled first (whichever comes first wins).
	 */
	private record InFlight(String userId, Path file, AtomicInteger state, CompletableFuture<@Nullable Void> finished) {

		private static final int QUEUED = 0;

		private static final int RUNNING = 1;

		private static final int CANCELLED = 2;

		InFlight(String userId, Path file) {
			this(userId, file, new AtomicInteger(QUEUED), new CompletableFuture<>());
		}

		boolean start() {
			return this.state.compareAndSet(QUEUED, RUNNING);
		}

		boolean cancel() {
			return this.state.compareAndSet(QUEUED, CANCELLED) || this.state.get() == CANCELLED;
		}

	}

	/**
	 * Writes progress at most twice a second, and always the last step.
	 */
	private final class ThrottledProgress implements ImportReport.ProgressListener {

		private static final long INTERVAL_NANOS = 500_000_000L;

		private final String id;

		private long last = System.nanoTime() - INTERVAL_NANOS;

		ThrottledProgress(String id) {
			this.id = id;
		}

		@Override
		public void update(int done, int total) {
			long now = System.nanoTime();
			if (done >= total || now - this.last >= INTERVAL_NANOS) {
				this.last = now;
				FileImports.this.files.progress(this.id, done, total);
			}
		}

	}

}
