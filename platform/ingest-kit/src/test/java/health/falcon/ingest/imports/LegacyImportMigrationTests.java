package health.falcon.ingest.imports;

import java.util.Date;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moving old import records into {@code imported_files}: copied once, never overwriting a
 * newer record, the old collection dropped, and records converted in place.
 */
class LegacyImportMigrationTests {

	private final MongoServer server = new MongoServer(new MemoryBackend());

	private final MongoTemplate mongo = new MongoTemplate(MongoClients.create(this.server.bindAndGetConnectionString()),
			"falcon");

	@AfterEach
	void stop() {
		this.server.shutdownNow();
	}

	@Test
	void copiesOldRecordsOnceAndDropsTheirCollection() {
		this.mongo.getCollection("acme_imports")
			.insertOne(new Document("_id", "old-1").append("userId", "alex").append("state", "DONE"));
		this.mongo.getCollection("acme_imports")
			.insertOne(new Document("_id", "old-2").append("userId", "casey").append("state", "DONE"));
		// a record already moved and changed since must stay as it is
		this.mongo.getCollection(ImportedFiles.COLLECTION)
			.insertOne(new Document("_id", "old-2").append("userId", "casey").append("status", "SUCCEEDED"));
		LegacyImportMigration migration = new LegacyImportMigration(this.mongo, java.util.List.of(new Acme()));
		migration.afterSingletonsInstantiated();
		migration.afterSingletonsInstantiated();
		assertThat(this.mongo.collectionExists("acme_imports")).isFalse();
		assertThat(this.mongo.getCollection(ImportedFiles.COLLECTION).countDocuments()).isEqualTo(2);
		assertThat(this.mongo.getCollection(ImportedFiles.COLLECTION).find(Filters.eq("_id", "old-1")).first())
			.containsEntry("provider", "acme")
			.containsEntry("status", "SUCCEEDED");
		assertThat(this.mongo.getCollection(ImportedFiles.COLLECTION).find(Filters.eq("_id", "old-2")).first())
			.doesNotContainKey("provider");
	}

	@Test
	void convertsRecordsOfTheCollectionInPlace() {
		this.mongo.getCollection(ImportedFiles.COLLECTION)
			.insertOne(new Document("_id", "f-1").append("userId", "alex").append("file", "bp.csv"));
		this.mongo.getCollection(ImportedFiles.COLLECTION)
			.insertOne(new Document("_id", "f-2").append("userId", "alex").append("provider", "fitbit"));
		LegacyImports inPlace = new LegacyImports() {

			@Override
			public String collection() {
				return ImportedFiles.COLLECTION;
			}

			@Override
			public Bson filter() {
				return Filters.exists("provider", false);
			}

			@Override
			public Document convert(Document legacy) {
				Document converted = new Document(legacy);
				converted.put("fileName", converted.remove("file"));
				return converted.append("provider", "dropbox");
			}

		};
		new LegacyImportMigration(this.mongo, java.util.List.of(inPlace)).afterSingletonsInstantiated();
		assertThat(this.mongo.collectionExists(ImportedFiles.COLLECTION)).isTrue();
		assertThat(this.mongo.getCollection(ImportedFiles.COLLECTION).find(Filters.eq("_id", "f-1")).first())
			.containsEntry("provider", "dropbox")
			.containsEntry("fileName", "bp.csv")
			.doesNotContainKey("file");
		assertThat(this.mongo.getCollection(ImportedFiles.COLLECTION).find(Filters.eq("_id", "f-2")).first())
			.containsEntry("provider", "fitbit");
	}

	@Test
	void doesNothingWithoutAnOldCollection() {
		new LegacyImportMigration(this.mongo, java.util.List.of(new Acme())).afterSingletonsInstantiated();
		assertThat(this.mongo.collectionExists(ImportedFiles.COLLECTION)).isFalse();
	}

	private static final class Acme implements LegacyImports {

		@Override
		public String collection() {
			return "acme_imports";
		}

		@Override
		public Bson filter() {
			return new Document();
		}

		@Override
		public Document convert(Document legacy) {
			return new Document("_id", legacy.get("_id")).append("userId", legacy.get("userId"))
				.append("provider", "acme")
				.append("origin", "UPLOAD")
				.append("status", "SUCCEEDED")
				.append("createdAt", new Date(0));
		}

	}

}
