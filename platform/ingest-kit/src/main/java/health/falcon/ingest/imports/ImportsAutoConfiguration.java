package health.falcon.ingest.imports;

import java.time.Clock;
import java.util.List;

import health.falcon.ingest.handoff.HandOffAutoConfiguration;
import health.falcon.ingest.handoff.HandOffRecords;
import health.falcon.documents.settings.UserZones;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * File imports in a servlet service that declares at least one {@link ImportReader}: the
 * records, the workers, the upload and hand-off endpoints, and the migration of
 * {@link LegacyImports}.
 */
@AutoConfiguration(after = HandOffAutoConfiguration.class,
		afterName = { "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
				"health.falcon.ingest.IngestAutoConfiguration" })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnBean({ ImportReader.class, MongoOperations.class })
public class ImportsAutoConfiguration {

	@Bean
	ImportedFiles falconImportedFiles(MongoOperations mongo, ObjectProvider<Clock> clock) {
		return new ImportedFiles(mongo, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	FileImports falconFileImports(List<ImportReader> readers, ImportedFiles files, MongoOperations mongo,
			ObjectProvider<UserZones> zones, ObjectProvider<HandOffRecords> handOffs,
			ObjectProvider<CommonImportFormat> formats) {
		return new FileImports(readers, files, zones.getIfAvailable(() -> new UserZones(mongo)),
				handOffs.getIfAvailable(() -> new HandOffRecords(mongo)), formats.orderedStream().toList());
	}

	@Bean
	ImportsController falconImportsController(FileImports imports) {
		return new ImportsController(imports);
	}

	@Bean
	InternalImportsController falconInternalImportsController(FileImports imports) {
		return new InternalImportsController(imports);
	}

	@Bean
	LegacyImportMigration falconLegacyImportMigration(MongoOperations mongo, List<LegacyImports> legacies) {
		return new LegacyImportMigration(mongo, legacies);
	}

}
