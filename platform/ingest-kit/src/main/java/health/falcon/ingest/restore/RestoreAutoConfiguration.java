package health.falcon.ingest.restore;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import health.falcon.ingest.imports.ImportReader;
import health.falcon.ingest.imports.ImportsAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The restore of {@code falcon-export} archives in a servlet service that declares at
 * least one {@link RestoredCollection} and one {@link ImportReader}: an
 * {@link ArchiveRestore} over the declared collections plus the {@code imported_files}
 * records of the service's providers, which the file imports read in a reader's place.
 */
@AutoConfiguration(before = ImportsAutoConfiguration.class,
		afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnBean({ RestoredCollection.class, ImportReader.class, MongoOperations.class })
@EnableConfigurationProperties(RestoreProperties.class)
public class RestoreAutoConfiguration {

	@Bean
	ArchiveRestore falconArchiveRestore(List<RestoredCollection> declared, List<ImportReader> readers,
			MongoOperations mongo, RestoreProperties properties) {
		Set<String> providers = readers.stream().map(ImportReader::provider).collect(Collectors.toSet());
		List<RestoredCollection> collections = new ArrayList<>(declared);
		collections.add(RestoredCollection.importedFiles(providers));
		return new ArchiveRestore(collections, mongo, properties.archiveLimits(),
				(int) Math.min(Integer.MAX_VALUE - 8, properties.maxRecordSize().toBytes()));
	}

}
