package health.falcon.ingest.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import health.falcon.ingest.imports.ImportJob;
import health.falcon.ingest.imports.ImportReader;
import health.falcon.ingest.imports.ImportReport;
import health.falcon.ingest.imports.KeptFile;
import health.falcon.ingest.imports.UploadLimits;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.util.unit.DataSize;

/**
 * A reader of {@code key,value} lines for the sample service. A first line
 * {@code UNSUPPORTED}, {@code HANDOFF}, {@code REFUSE} or {@code BOOM} ends the import
 * that way; {@code WAIT} holds the worker until {@link #release()}; a line without a
 * comma is a rejected row. Rows are upserted by (user, key), so a re-read changes
 * nothing. Uploads starting with {@code BIN} are refused before they are queued.
 */
public class AcmeImportReader implements ImportReader {

	public static final String ROWS = "acme_import_rows";

	private final String provider;

	private final MongoOperations mongo;

	private volatile CountDownLatch gate = new CountDownLatch(0);

	public AcmeImportReader(String provider, MongoOperations mongo) {
		this.provider = provider;
		this.mongo = mongo;
	}

	@Override
	public String provider() {
		return this.provider;
	}

	@Override
	public UploadLimits limits() {
		return new UploadLimits(DataSize.ofKilobytes(1), 1, 1, 2, "acme.max-per-user", 3);
	}

	@Override
	public @Nullable String refuse(KeptFile file) throws IOException {
		byte[] head = file.head(3);
		return new String(head, StandardCharsets.US_ASCII).equals("BIN") ? "The upload is not a text file." : null;
	}

	@Override
	public void read(ImportJob job, ImportReport report) throws IOException {
		report.format("ACME_CSV");
		try (BufferedReader lines = Files.newBufferedReader(job.file().path())) {
			int number = 0;
			long imported = 0;
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				number++;
				if (number == 1 && command(line, report)) {
					return;
				}
				int comma = line.indexOf(',');
				if (comma < 0) {
					report.rejected(null, number, "not a key,value line");
					continue;
				}
				String key = line.substring(0, comma);
				this.mongo.getCollection(ROWS)
					.replaceOne(Filters.eq("_id", job.userId() + ":" + key),
							new Document("_id", job.userId() + ":" + key).append("userId", job.userId())
								.append("value", line.substring(comma + 1))
								.append("zone", job.zone().getId()),
							new ReplaceOptions().upsert(true));
				imported++;
			}
			report.file(job.file().fileName(), "KEY_VALUE", imported, 0);
			report.progress(number, number);
		}
	}

	private boolean command(String line, ImportReport report) {
		switch (line) {
			case "UNSUPPORTED" -> report.unsupported("not an acme file");
			case "HANDOFF" -> report.handedOff("handed over to import 42 of another service");
			case "REFUSE" -> report.refuse("the file is damaged");
			case "BOOM" -> throw new IllegalStateException("a defect");
			case "WAIT" -> await();
			default -> {
				return false;
			}
		}
		return !line.equals("WAIT");
	}

	private void await() {
		try {
			this.gate.await(20, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Make {@code WAIT} files wait until {@link #release()}. */
	public void hold() {
		this.gate = new CountDownLatch(1);
	}

	/** Let waiting files go on. */
	public void release() {
		this.gate.countDown();
	}

}
