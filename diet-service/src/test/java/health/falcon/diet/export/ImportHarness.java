package health.falcon.diet.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import health.falcon.diet.nutrition.BodyMeasurementStore;
import health.falcon.diet.nutrition.NutritionDayStore;
import health.falcon.ingest.handoff.HandOffRecords;
import health.falcon.ingest.imports.FileImports;
import health.falcon.ingest.imports.ImportJob;
import health.falcon.ingest.imports.ImportOrigin;
import health.falcon.ingest.imports.ImportView;
import health.falcon.ingest.imports.ImportedFiles;
import health.falcon.ingest.imports.KeptFile;
import health.falcon.documents.settings.UserZones;
import health.falcon.testsupport.HandOffFixtures;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Reads a file through the MyFitnessPal reader and the kit's own report and record, on
 * the test's thread ({@link FileImports#readNow}), as a worker would after an upload.
 */
final class ImportHarness implements AutoCloseable {

	private final MongoTemplate mongo;

	private final Clock clock;

	private final FileImports imports;

	ImportHarness(MongoTemplate mongo, Clock clock, DietImportProperties properties) {
		this.mongo = mongo;
		this.clock = clock;
		MyFitnessPalImporter importer = new MyFitnessPalImporter(new NutritionDayStore(mongo),
				new BodyMeasurementStore(mongo), new UserZones(mongo), properties, clock);
		this.imports = new FileImports(List.of(importer), new ImportedFiles(mongo, clock), new UserZones(mongo),
				new HandOffRecords(mongo));
	}

	ImportView read(String userId, String fileName, byte[] content) {
		String id = UUID.randomUUID().toString();
		Date now = Date.from(this.clock.instant());
		this.mongo.getCollection(ImportedFiles.COLLECTION)
			.insertOne(new Document("_id", id).append("userId", userId)
				.append("provider", MyFitnessPalImporter.PROVIDER)
				.append("origin", ImportOrigin.UPLOAD.name())
				.append("fileName", fileName)
				.append("status", "QUEUED")
				.append("createdAt", now)
				.append("updatedAt", now));
		Path file = keep(content);
		try {
			KeptFile kept = new KeptFile(file, fileName, content.length, HandOffFixtures.sha256(content));
			return this.imports.readNow(MyFitnessPalImporter.PROVIDER,
					new ImportJob(id, userId, ImportOrigin.UPLOAD, kept, ZoneOffset.UTC, true, null, null));
		}
		finally {
			file.toFile().delete();
		}
	}

	private static Path keep(byte[] content) {
		try {
			Path file = Files.createTempFile("mfp-test-", ".upload");
			Files.write(file, content);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.imports.close();
	}

}
