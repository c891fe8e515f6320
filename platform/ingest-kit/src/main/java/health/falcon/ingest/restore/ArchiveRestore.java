package health.falcon.ingest.restore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import health.falcon.documents.archive.ExportArchiveFormat;
import health.falcon.documents.archive.RecordLines;
import health.falcon.ingest.archive.ArchiveLimits;
import health.falcon.ingest.archive.ArchiveRefusedException;
import health.falcon.ingest.archive.GuardedZip;
import health.falcon.ingest.imports.CommonImportFormat;
import health.falcon.ingest.imports.ImportJob;
import health.falcon.ingest.imports.ImportReport;
import health.falcon.ingest.imports.KeptFile;
import org.bson.Document;
import org.bson.json.JsonParseException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Restores the collections a service declares from an uploaded {@code falcon-export}
 * archive into the uploading user's account: the archive through the service's
 * {@link ArchiveLimits} ({@link GuardedZip}), each declared collection's entry record by
 * record, each record re-keyed for the new owner and upserted by {@code _id} and owner. A
 * record that is not JSON, cannot be re-keyed or conflicts with a stored one is reported
 * with its line, and the rest continue.
 */
public class ArchiveRestore implements CommonImportFormat {

	/** The format named in an import's report. */
	static final String REPORTED_FORMAT = "FALCON_EXPORT";

	private static final Logger logger = LoggerFactory.getLogger(ArchiveRestore.class);

	private static final String USER_ID = "userId";

	private static final String ID = "_id";

	private static final int MAX_MANIFEST_BYTES = 64 * 1024;

	private final List<RestoredCollection> collections;

	private final MongoOperations mongo;

	private final ArchiveLimits limits;

	private final int maxRecordBytes;

	/**
	 * Create the restore of a service.
	 * @param collections the collections the service owns, restored in this order
	 * @param mongo the database
	 * @param limits the archive limits
	 * @param maxRecordBytes the longest record line read; a longer one is reported
	 */
	public ArchiveRestore(List<RestoredCollection> collections, MongoOperations mongo, ArchiveLimits limits,
			int maxRecordBytes) {
		this.collections = List.copyOf(collections);
		this.mongo = mongo;
		this.limits = limits;
		this.maxRecordBytes = maxRecordBytes;
	}

	/**
	 * The collections restored.
	 * @return their names, in order
	 */
	public List<String> collections() {
		return this.collections.stream().map(RestoredCollection::name).toList();
	}

	@Override
	public boolean recognises(KeptFile file) throws IOException {
		if (!file.isZip()) {
			return false;
		}
		Document manifest = manifest(file);
		return manifest != null && ExportArchiveFormat.FORMAT.equals(manifest.get("format"));
	}

	@Override
	public void read(ImportJob job, ImportReport report) throws IOException {
		report.format(REPORTED_FORMAT);
		Document manifest = manifest(job.file());
		Object version = (manifest != null) ? manifest.get("version") : null;
		if (!(version instanceof Number number) || number.intValue() != ExportArchiveFormat.VERSION) {
			report.refuse("falcon-export version " + version + " is not supported; this service reads version "
					+ ExportArchiveFormat.VERSION);
			return;
		}
		try (GuardedZip zip = GuardedZip.open(job.file().path(), this.limits)) {
			Map<String, ZipEntry> entries = new HashMap<>();
			zip.entries().forEach((entry) -> entries.put(entry.getName(), entry));
			int done = 0;
			for (RestoredCollection collection : this.collections) {
				ZipEntry entry = entries.get(ExportArchiveFormat.entry(collection.name()));
				if (entry != null) {
					restoreEntry(zip, entry, collection, job.userId(), report);
				}
				report.progress(++done, this.collections.size());
			}
		}
		catch (ArchiveRefusedException ex) {
			report.refuse(ex.getMessage());
		}
	}

	private void restoreEntry(GuardedZip zip, ZipEntry entry, RestoredCollection collection, String userId,
			ImportReport report) throws IOException {
		try {
			restore(zip, entry, collection, userId, report);
		}
		catch (ArchiveRefusedException ex) {
			if (ex.wholeArchive()) {
				throw ex;
			}
			// one entry over a limit: the records before it stay, the other collections
			// go on
			report.problem(entry.getName(), null, Objects.requireNonNullElse(ex.getMessage(), "refused"));
		}
	}

	private void restore(GuardedZip zip, ZipEntry entry, RestoredCollection collection, String userId,
			ImportReport report) throws IOException {
		MongoCollection<Document> target = this.mongo.getCollection(collection.name());
		Counts counts = new Counts();
		try (InputStream in = zip.open(entry)) {
			RecordLines lines = new RecordLines(in, this.maxRecordBytes);
			for (RecordLines.Line line = lines.next(); line != null; line = lines.next()) {
				String problem = restore(target, collection, line, userId, counts);
				if (problem != null) {
					counts.rejected++;
					report.problem(entry.getName(), line.number(), problem);
				}
			}
		}
		report.file(entry.getName(), collection.name(), counts.restored, counts.rejected);
		if (counts.notOwned > 0) {
			report.skipped(entry.getName(), "restored by the service that owns them", counts.notOwned);
		}
		logger.debug("Restored {} records of {} ({} rejected)", counts.restored, collection.name(), counts.rejected);
	}

	private @Nullable String restore(MongoCollection<Document> target, RestoredCollection collection,
			RecordLines.Line line, String userId, Counts counts) {
		if (line.tooLong()) {
			return "record longer than " + ArchiveLimits.format(this.maxRecordBytes);
		}
		Document document;
		try {
			document = Document.parse(line.json());
		}
		catch (JsonParseException | IllegalArgumentException ex) {
			return "not a JSON document";
		}
		if (!collection.restores(document)) {
			counts.notOwned++;
			return null;
		}
		document.remove(USER_ID);
		try {
			Document stored = collection.rekey(document, userId);
			Object id = stored.get(ID);
			if (id == null) {
				return "cannot be restored: no _id";
			}
			stored.put(USER_ID, userId);
			target.replaceOne(Filters.and(Filters.eq(ID, id), Filters.eq(USER_ID, userId)), stored,
					new ReplaceOptions().upsert(true));
			counts.restored++;
			return null;
		}
		catch (MongoWriteException ex) {
			return "conflicts with a stored record (" + ex.getError().getCategory() + ")";
		}
		catch (MongoException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			return "cannot be restored: " + Objects.requireNonNullElse(ex.getMessage(), ex.getClass().getSimpleName());
		}
	}

	private static @Nullable Document manifest(KeptFile file) {
		try (ZipFile zip = new ZipFile(file.path().toFile())) {
			ZipEntry entry = zip.getEntry(ExportArchiveFormat.MANIFEST);
			if (entry == null) {
				return null;
			}
			try (InputStream in = zip.getInputStream(entry)) {
				byte[] bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
				if (bytes.length > MAX_MANIFEST_BYTES) {
					return null;
				}
				return Document.parse(new String(bytes, StandardCharsets.UTF_8));
			}
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private static final class Counts {

		private long restored;

		private long rejected;

		private long notOwned;

	}

}
