package health.falcon.ingest.uploads;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.multipart.MultipartFile;

/**
 * The background side of an import endpoint: uploads are kept in temporary files
 * ({@link #keep}) and imported by a fixed number of daemon workers with a bounded queue
 * ({@link #submit}), so that an upload burst is refused rather than piling up; each file
 * is deleted when its import ends. Every service that imports uploaded files
 * (diet-service, fitbit-service, dropbox-ingest) uses one.
 */
public final class UploadWorkers implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(UploadWorkers.class);

	private final ThreadPoolExecutor executor;

	/**
	 * Start the workers.
	 * @param name the workers' thread name prefix, for example {@code mfp-import}
	 * @param workers imports running at once
	 * @param queueCapacity imports waiting; more are refused
	 */
	public UploadWorkers(String name, int workers, int queueCapacity) {
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
	 * @param upload the upload
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
				}
			});
			return true;
		}
		catch (RejectedExecutionException ex) {
			deleteQuietly(file);
			return false;
		}
	}

	/**
	 * Delete a temporary file, logging (not throwing) when that fails.
	 * @param file the file
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

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
