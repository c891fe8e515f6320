package health.falcon.ingest.uploads;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.multipart.MultipartFile;

/**
 * The background side of an import endpoint: uploads are kept in temporary files
 * ({@link #keep}) and imported by a fixed number of daemon workers with a bounded queue
 * ({@link #submit}), so that an upload burst is refused rather than piling up; each file
 * is deleted when its import ends. One user may have only a few imports queued or running
 * at once ({@link #admit}): beyond that the user gets {@link TooManyImportsException},
 * while other users still get in up to the global queue bound. Every service that imports
 * uploaded files (diet-service, fitbit-service, dropbox-ingest) uses one.
 */
public final class UploadWorkers implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(UploadWorkers.class);

	/** When a user over the cap is told to try again: imports take tens of seconds. */
	static final Duration RETRY_AFTER = Duration.ofSeconds(30);

	private final ThreadPoolExecutor executor;

	private final PerUserCap cap;

	private final ConcurrentHashMap<String, Integer> active = new ConcurrentHashMap<>();

	/**
	 * Start the workers.
	 * @param name the workers' thread name prefix, for example {@code mfp-import}
	 * @param workers imports running at once
	 * @param queueCapacity imports waiting; more are refused
	 */
	public UploadWorkers(String name, int workers, int queueCapacity) {
		this(name, workers, queueCapacity, new PerUserCap(Integer.MAX_VALUE, "unlimited"));
	}

	/**
	 * Start the workers with a per-user cap.
	 * @param name the workers' thread name prefix, for example {@code mfp-import}
	 * @param workers imports running at once
	 * @param queueCapacity imports waiting; more are refused
	 * @param cap the most imports one user may have queued or running at once, and the
	 * property that sets it (named in the refusal)
	 */
	public UploadWorkers(String name, int workers, int queueCapacity, PerUserCap cap) {
		this.cap = cap;
		AtomicInteger threads = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(queueCapacity), (task) -> {
					Thread thread = new Thread(task, name + "-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
	}

	/**
	 * Keep an upload in a temporary file, hashing it on the way.
	 * @param prefix the temporary file's name prefix
	 * @return the file and its SHA-256
	 * @throws UncheckedIOException if the upload cannot be kept (nothing is left behind)
	 */
	public static KeptUpload keep(MultipartFile upload, String prefix) {
		Path file;
		try {
			file = Files.createTempFile(prefix, ".upload");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a temporary file", ex);
		}
		try (DigestInputStream in = new DigestInputStream(upload.getInputStream(), sha256());
				OutputStream out = Files.newOutputStream(file)) {
			in.transferTo(out);
			return new KeptUpload(file, HexFormat.of().formatHex(in.getMessageDigest().digest()));
		}
		catch (IOException ex) {
			deleteQuietly(file);
			throw new UncheckedIOException("Could not keep the upload", ex);
		}
	}

	/**
	 * Import a kept file on a worker; the file is deleted when the work ends, however it
	 * ends.
	 * @param file the kept file
	 * @param work the import (it reports its own failures; an exception that escapes it
	 * is logged)
	 * @return {@code false} when the queue is full: nothing runs and the file is deleted
	 */
	public boolean submit(Path file, Runnable work) {
		return execute(null, file, work);
	}

	/**
	 * Count an import of a user against the per-user cap, from now until its work ends
	 * (after {@link #submit(Ticket, Path, Runnable)}) or the ticket is closed unused.
	 * Call it before keeping the upload, so that a refused user costs no disk.
	 * @param userId the id of the user whose imports are counted
	 * @return the ticket (close it; closing a submitted ticket does nothing)
	 * @throws TooManyImportsException if the user is at the cap
	 */
	public Ticket admit(String userId) {
		int count = this.active.merge(userId, 1, Integer::sum);
		if (count > this.cap.maxPerUser()) {
			release(userId);
			throw new TooManyImportsException(this.cap.maxPerUser(), this.cap.property(), RETRY_AFTER);
		}
		return new Ticket(userId);
	}

	/**
	 * Import a kept file of an admitted user on a worker; the file is deleted and the
	 * user's count released when the work ends, however it ends.
	 * @param ticket the user's ticket from {@link #admit}
	 * @param file the kept file
	 * @param work the import (it reports its own failures)
	 * @return {@code false} when the queue is full: nothing runs, the file is deleted and
	 * the ticket released
	 */
	public boolean submit(Ticket ticket, Path file, Runnable work) {
		ticket.handedOver.set(true);
		return execute(ticket::release, file, work);
	}

	private boolean execute(@Nullable Runnable done, Path file, Runnable work) {
		try {
			this.executor.execute(() -> {
				try {
					work.run();
				}
				catch (RuntimeException ex) {
					// the work reports its own failures; this keeps a defect from killing
					// the worker thread silently
					logger.error("An import failed without reporting it", ex);
				}
				finally {
					deleteQuietly(file);
					runIfSet(done);
				}
			});
			return true;
		}
		catch (RejectedExecutionException ex) {
			deleteQuietly(file);
			runIfSet(done);
			return false;
		}
	}

	private static void runIfSet(@Nullable Runnable done) {
		if (done != null) {
			done.run();
		}
	}

	private void release(String userId) {
		// idle users are dropped, so the map holds only users with imports in flight
		this.active.computeIfPresent(userId, (id, count) -> (count <= 1) ? null : count - 1);
	}

	/**
	 * Delete a temporary file, logging (not throwing) when that fails.
	 */
	public static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			logger.warn("Could not delete the temporary upload {}", file.getFileName());
		}
	}

	/**
	 * Stop the workers; running imports are interrupted.
	 */
	@Override
	public void close() {
		this.executor.shutdownNow();
	}

	/**
	 * The per-user cap.
	 *
	 * @param maxPerUser the most imports one user may have queued or running at once
	 * @param property the property that sets it, named in the refusal
	 */
	public record PerUserCap(int maxPerUser, String property) {

	}

	/**
	 * One admitted import of a user, counted until its work ends or the ticket is closed
	 * without being submitted.
	 */
	public final class Ticket implements AutoCloseable {

		private final String userId;

		private final AtomicBoolean released = new AtomicBoolean();

		private final AtomicBoolean handedOver = new AtomicBoolean();

		private Ticket(String userId) {
			this.userId = userId;
		}

		private void release() {
			if (this.released.compareAndSet(false, true)) {
				UploadWorkers.this.release(this.userId);
			}
		}

		/**
		 * Release the count unless the ticket was submitted (the work then releases it).
		 */
		@Override
		public void close() {
			if (!this.handedOver.get()) {
				release();
			}
		}

	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
