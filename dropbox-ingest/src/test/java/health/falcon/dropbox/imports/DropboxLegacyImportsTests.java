package health.falcon.dropbox.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.dropbox.config.WorkbookConfiguration;
import health.falcon.dropbox.handoff.ExportHandOff;
import health.falcon.dropbox.profiles.MappingProfiles;
import health.falcon.dropbox.store.BloodPressureStore;
import health.falcon.dropbox.store.HrvRecordingStore;
import health.falcon.ingest.imports.DropboxLocation;
import health.falcon.ingest.imports.FileImports;
import health.falcon.ingest.imports.ImportOrigin;
import health.falcon.ingest.imports.ImportStatus;
import health.falcon.ingest.imports.ImportView;
import health.falcon.ingest.imports.ImportsAutoConfiguration;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Records dropbox-ingest kept in {@code imported_files} before the kit's pipeline (no
 * {@code provider}, {@code file} instead of {@code fileName}) are converted in place when
 * the service starts, show through the kit's import API, and a second start changes
 * nothing.
 */
class DropboxLegacyImportsTests {

	private static final MongoServer server = new MongoServer(new MemoryBackend());

	private static final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	private static final Date CREATED = Date.from(Instant.parse("2026-03-01T09:00:00Z"));

	private static final Date UPDATED = Date.from(Instant.parse("2026-03-01T09:00:05Z"));

	private final MongoTemplate mongo = new MongoTemplate(client, "falcon-legacy");

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ImportsAutoConfiguration.class))
		.withUserConfiguration(Config.class)
		.withBean(MongoTemplate.class, () -> this.mongo)
		.withBean(ExportHandOff.class, () -> mock(ExportHandOff.class));

	@BeforeEach
	void clean() {
		this.mongo.getDb().drop();
	}

	@AfterAll
	static void stop() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void convertsAnOldUploadRecordInPlaceAndShowsIt() {
		files().insertOne(new Document("_id", "up-1").append("userId", "u1")
			.append("file", "export.csv")
			.append("sha256", "a".repeat(64))
			.append("zone", "Europe/Berlin")
			.append("zoneAssumed", true)
			.append("createdAt", CREATED)
			.append("updatedAt", UPDATED)
			.append("status", "SUCCEEDED")
			.append("format", "OMRON_CONNECT")
			.append("rowsImported", 2L)
			.append("rowsSkipped", 1L)
			.append("errors", List.of(new Document("line", 3).append("reason", "systolic is not a number: 'abc'")))
			.append("reason", null));

		this.runner.run((context) -> {
			ImportView view = context.getBean(FileImports.class).find("dropbox", "u1", "up-1");
			assertThat(view.fileName()).isEqualTo("export.csv");
			assertThat(view.provider()).isEqualTo("dropbox");
			assertThat(view.origin()).isEqualTo(ImportOrigin.UPLOAD);
			assertThat(view.status()).isEqualTo(ImportStatus.SUCCEEDED);
			assertThat(view.format()).isEqualTo("OMRON_CONNECT");
			assertThat(view.rowsImported()).isEqualTo(2);
			assertThat(view.rowsSkipped()).isEqualTo(1);
			assertThat(view.errors()).singleElement().satisfies((error) -> {
				assertThat(error.line()).isEqualTo(3);
				assertThat(error.reason()).isEqualTo("systolic is not a number: 'abc'");
				assertThat(error.file()).isNull();
			});
			assertThat(view.createdAt()).isEqualTo(CREATED.toInstant());
			assertThat(view.finishedAt()).isEqualTo(UPDATED.toInstant());
			assertThat(view.dropbox()).isNull();
		});
		Document converted = files().find(new Document("_id", "up-1")).first();
		assertThat(converted).doesNotContainKey("file");
		assertThat(converted.get("errors", List.class))
			.containsExactly(new Document("line", 3).append("reason", "systolic is not a number: 'abc'"));
	}

	@Test
	void convertsAnOldDropboxRecordKeepingItsDropboxFieldsAndHandOff() {
		files().insertOne(new Document("_id", "db-1").append("userId", "u1")
			.append("origin", "DROPBOX")
			.append("dropboxId", "id:a")
			.append("file", "Nutrition-Summary.csv")
			.append("path", "/apps/falcon health/nutrition-summary.csv")
			.append("rev", "015a1")
			.append("contentHash", "c".repeat(64))
			.append("size", 42L)
			.append("importedRev", "015a1")
			.append("importedContentHash", "c".repeat(64))
			.append("deleted", false)
			.append("retry", false)
			.append("attempts", 0)
			.append("sha256", "b".repeat(64))
			.append("status", "HANDED_OFF")
			.append("format", "MYFITNESSPAL")
			.append("reason", "handed over to diet-service (import imp-7)")
			.append("handOff", new Document("format", "MYFITNESSPAL").append("sha256", "b".repeat(64)))
			.append("createdAt", CREATED)
			.append("updatedAt", UPDATED));

		this.runner.run((context) -> {
			ImportView view = context.getBean(FileImports.class).list("dropbox", "u1", 50).get(0);
			assertThat(view.id()).isEqualTo("db-1");
			assertThat(view.origin()).isEqualTo(ImportOrigin.DROPBOX);
			assertThat(view.fileName()).isEqualTo("Nutrition-Summary.csv");
			assertThat(view.status()).isEqualTo(ImportStatus.HANDED_OFF);
			assertThat(view.size()).isEqualTo(42L);
			assertThat(view.dropbox()).isEqualTo(new DropboxLocation("id:a",
					"/apps/falcon health/nutrition-summary.csv", "015a1", "c".repeat(64), "015a1", false, null));
		});
		Document converted = files().find(new Document("_id", "db-1")).first();
		assertThat(converted.get("handOff", Document.class))
			.isEqualTo(new Document("format", "MYFITNESSPAL").append("sha256", "b".repeat(64)));
		assertThat(converted.getString("importedContentHash")).isEqualTo("c".repeat(64));
	}

	@Test
	void aSecondStartChangesNothingAndLeavesOtherServicesRecordsAlone() {
		files().insertOne(new Document("_id", "up-1").append("userId", "u1")
			.append("file", "a.csv")
			.append("status", "QUEUED")
			.append("createdAt", CREATED)
			.append("updatedAt", UPDATED));
		Document other = new Document("_id", "mfp-1").append("userId", "u1")
			.append("provider", "myfitnesspal")
			.append("origin", "UPLOAD")
			.append("fileName", "export.zip")
			.append("status", "SUCCEEDED");
		files().insertOne(other);

		this.runner.run((context) -> assertThat(context).hasNotFailed());
		List<Document> once = files().find().into(new ArrayList<>());
		this.runner.run((context) -> assertThat(context).hasNotFailed());
		List<Document> twice = files().find().into(new ArrayList<>());

		assertThat(twice).isEqualTo(once);
		assertThat(files().find(new Document("_id", "mfp-1")).first()).isEqualTo(other);
		Document queued = files().find(new Document("_id", "up-1")).first();
		assertThat(queued.getString("provider")).isEqualTo("dropbox");
		assertThat(queued).doesNotContainKey("finishedAt");
	}

	private MongoCollection<Document> files() {
		return this.mongo.getCollection("imported_files");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ImportProperties.class)
	@Import({ WorkbookConfiguration.class, DropboxImportReader.class, DropboxLegacyImports.class, FileImporter.class,
			BloodPressureStore.class, HrvRecordingStore.class, MappingProfiles.class })
	static class Config {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
		}

	}

}
