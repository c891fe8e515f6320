package health.falcon.ingest.imports;

import java.util.List;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Moves the records of every {@link LegacyImports} into {@value ImportedFiles#COLLECTION}
 * on start-up. A record of another collection is inserted only when no record has its id
 * yet (a later change to it is never overwritten), and that collection is dropped once
 * every record is in; a record of {@value ImportedFiles#COLLECTION} itself is replaced in
 * place. Running it again finds nothing to do. A failure is logged and retried on the
 * next start; it never stops the service.
 */
class LegacyImportMigration implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(LegacyImportMigration.class);

	private final MongoOperations mongo;

	private final List<LegacyImports> legacies;

	LegacyImportMigration(MongoOperations mongo, List<LegacyImports> legacies) {
		this.mongo = mongo;
		this.legacies = legacies;
	}

	@Override
	public void afterSingletonsInstantiated() {
		for (LegacyImports legacy : this.legacies) {
			try {
				migrate(legacy);
			}
			catch (MongoException | IllegalArgumentException ex) {
				logger.warn("Import records of {} were not migrated; the next start tries again", legacy.collection(),
						ex);
			}
		}
	}

	void migrate(LegacyImports legacy) {
		if (!this.mongo.collectionExists(legacy.collection())) {
			return;
		}
		boolean inPlace = ImportedFiles.COLLECTION.equals(legacy.collection());
		MongoCollection<Document> target = this.mongo.getCollection(ImportedFiles.COLLECTION);
		long moved = 0;
		try (MongoCursor<Document> records = this.mongo.getCollection(legacy.collection())
			.find(legacy.filter())
			.iterator()) {
			while (records.hasNext()) {
				Document converted = legacy.convert(records.next());
				Object id = converted.get("_id");
				if (inPlace) {
					target.replaceOne(Filters.eq("_id", id), converted, new ReplaceOptions().upsert(true));
				}
				else {
					target.updateOne(Filters.eq("_id", id), new Document("$setOnInsert", converted),
							new UpdateOptions().upsert(true));
				}
				moved++;
			}
		}
		if (!inPlace) {
			this.mongo.dropCollection(legacy.collection());
		}
		if (moved > 0) {
			logger.info("Migrated {} import records from {} to {}", moved, legacy.collection(),
					ImportedFiles.COLLECTION);
		}
	}

}
