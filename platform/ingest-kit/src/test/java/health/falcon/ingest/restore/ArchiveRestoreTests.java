package health.falcon.ingest.restore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.ingest.archive.ArchiveLimits;
import health.falcon.ingest.imports.ImportJob;
import health.falcon.ingest.imports.ImportOrigin;
import health.falcon.ingest.imports.ImportReport;
import health.falcon.ingest.imports.ImportReports;
import health.falcon.ingest.imports.ImportStatus;
import health.falcon.ingest.imports.ImportView;
import health.falcon.ingest.imports.KeptFile;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The restore of a {@code falcon-export} archive into another user id on
 * mongo-java-server, with a service that declares one collection of days
 * ({@code <userId>/<date>} ids) and the kit's {@code imported_files} for its provider.
 */
class ArchiveRestoreTests {

	private static final MongoServer server = new MongoServer(new MemoryBackend());

	private static final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	private static final String DAYS = "acme_days";

	private static final String DAY_1 = "{\"_id\": \"alex/2026-03-29\", \"date\": \"2026-03-29\", \"steps\": 9000,"
			+ " \"updatedAt\": {\"$date\": \"2026-11-01T00:00:00Z\"}}";

	private static final String DAY_2 = "{\"_id\": \"alex/2026-03-30\", \"date\": \"2026-03-30\", \"steps\": 8000,"
			+ " \"packed\": {\"$binary\": {\"base64\": \"AQID\", \"subType\": \"00\"}}}";

	private static final String IMPORT = "{\"_id\": \"7d1c\", \"provider\": \"acme\", \"fileName\": \"a.csv\","
			+ " \"status\": \"SUCCEEDED\", \"handOff\": {\"format\": \"FITBIT\", \"sha256\": \"ab\"}}";

	private static final String DUPLICATE = "{\"_id\": \"9e2f\", \"provider\": \"acme\", \"fileName\": \"a.csv\","
			+ " \"status\": \"DUPLICATE\", \"duplicateOf\": \"7d1c\"}";

	private static final String OTHER_SERVICE = "{\"_id\": \"55aa\", \"provider\": \"dropbox\","
			+ " \"fileName\": \"omron.csv\", \"status\": \"SUCCEEDED\"}";

	private final MongoTemplate mongo = new MongoTemplate(client, "falcon");

	@TempDir
	Path folder;

	@AfterAll
	static void stop() {
		client.close();
		server.shutdown();
	}

	@BeforeEach
	void emptyTheDatabase() {
		this.mongo.getDb().drop();
	}

	@Test
	void restoresEveryDeclaredCollectionReKeyedForTheNewOwner() throws IOException {
		byte[] archive = ExportArchives.archive()
			.collection(DAYS, DAY_1, DAY_2)
			.collection("imported_files", IMPORT, DUPLICATE, OTHER_SERVICE)
			.collection("undeclared", "{\"_id\": 1}")
			.bytes();
		ImportView report = restore(archive, "bob");
		assertThat(report.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(report.format()).isEqualTo("FALCON_EXPORT");
		assertThat(report.rowsImported()).isEqualTo(4);
		assertThat(report.files()).containsExactly(new ImportView.FileSummary("collections/acme_days.json", DAYS, 2, 0),
				new ImportView.FileSummary("collections/imported_files.json", "imported_files", 2, 0));
		assertThat(report.skipped()).containsExactly(
				new ImportView.Skipped("collections/imported_files.json", "restored by the service that owns them", 1));
		Document day = this.mongo.getCollection(DAYS).find(new Document("_id", "bob/2026-03-29")).first();
		assertThat(day).isEqualTo(Document.parse(DAY_1).append("_id", "bob/2026-03-29").append("userId", "bob"));
		assertThat(this.mongo.getCollection(DAYS).countDocuments(new Document("userId", "bob"))).isEqualTo(2);
		assertThat(this.mongo.getCollection(DAYS).find(new Document("_id", "bob/2026-03-30")).first().get("packed"))
			.isInstanceOf(org.bson.types.Binary.class);
		String restoredImport = RestoredIds.derived("bob", "7d1c");
		assertThat(this.mongo.getCollection("imported_files").find(new Document("provider", "acme")))
			.extracting((record) -> record.get("_id") + " " + record.get("duplicateOf") + " " + record.get("userId"))
			.containsExactlyInAnyOrder(restoredImport + " null bob",
					RestoredIds.derived("bob", "9e2f") + " " + restoredImport + " bob");
		assertThat(this.mongo.getCollection("imported_files").countDocuments(new Document("provider", "dropbox")))
			.isZero();
		assertThat(this.mongo.getCollection("imported_files").find(new Document("_id", restoredImport)).first())
			.containsEntry("fileName", "a.csv")
			.doesNotContainKey("handOff");
		assertThat(this.mongo.getCollection("undeclared").countDocuments()).isZero();
	}

	@Test
	void reportsACorruptRecordWithItsLineAndRestoresTheRest() throws IOException {
		byte[] archive = ExportArchives.archive()
			.collection(DAYS, DAY_1, "{\"_id\": \"alex/2026-03-31\", \"date\": ", "{\"_id\": \"x\", \"steps\": 1}",
					"{\"_id\": \"alex/2026-04-01\", \"date\": \"April\"}", DAY_2)
			.bytes();
		ImportView report = restore(archive, "bob");
		assertThat(report.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(report.rowsImported()).isEqualTo(2);
		assertThat(report.rowsSkipped()).isEqualTo(3);
		assertThat(report.errors()).containsExactly(
				new ImportView.RowError("collections/acme_days.json", 3, "not a JSON document"),
				new ImportView.RowError("collections/acme_days.json", 4,
						"cannot be restored: member 'date' is missing or not a string"),
				new ImportView.RowError("collections/acme_days.json", 5,
						"cannot be restored: member 'date' is missing or not a date YYYY-MM-DD"));
		assertThat(this.mongo.getCollection(DAYS).find()).extracting((day) -> day.get("_id"))
			.containsExactlyInAnyOrder("bob/2026-03-29", "bob/2026-03-30");
	}

	@Test
	void aSecondRestoreOfTheSameArchiveDuplicatesNothing() throws IOException {
		byte[] archive = ExportArchives.archive()
			.collection(DAYS, DAY_1, DAY_2)
			.collection("imported_files", IMPORT, DUPLICATE)
			.bytes();
		restore(archive, "bob");
		List<Document> first = all();
		ImportView again = restore(archive, "bob");
		assertThat(again.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(all()).isEqualTo(first).hasSize(4);
	}

	@Test
	void restoresTheSameArchiveIntoTwoUsersSideBySideAndIgnoresAUserIdInTheArchive() throws IOException {
		byte[] archive = ExportArchives.archive()
			.collection(DAYS, DAY_1.replace("\"steps\"", "\"userId\": \"carol\", \"steps\""))
			.collection("imported_files", IMPORT)
			.bytes();
		restore(archive, "bob");
		restore(archive, "dana");
		assertThat(this.mongo.getCollection(DAYS).find()).extracting((day) -> day.get("_id") + " " + day.get("userId"))
			.containsExactlyInAnyOrder("bob/2026-03-29 bob", "dana/2026-03-29 dana");
		assertThat(this.mongo.getCollection("imported_files").countDocuments()).isEqualTo(2);
		assertThat(this.mongo.getCollection(DAYS).countDocuments(new Document("userId", "carol"))).isZero();
	}

	@Test
	void neverReplacesAnotherUsersRecord() throws IOException {
		this.mongo.getCollection(DAYS)
			.insertOne(new Document("_id", "bob/2026-03-29").append("userId", "carol").append("steps", 1));
		ImportView report = restore(ExportArchives.archive().collection(DAYS, DAY_1, DAY_2).bytes(), "bob");
		assertThat(report.rowsImported()).isEqualTo(1);
		assertThat(report.errors()).singleElement()
			.satisfies((error) -> assertThat(error.reason()).startsWith("conflicts with a stored record"));
		assertThat(this.mongo.getCollection(DAYS).find(new Document("_id", "bob/2026-03-29")).first())
			.containsEntry("userId", "carol")
			.containsEntry("steps", 1);
	}

	@Test
	void refusesAnotherVersionOfTheFormat() throws IOException {
		byte[] archive = ExportArchives.withManifest("{\"format\": \"falcon-export\", \"version\": 2}")
			.collection(DAYS, DAY_1)
			.bytes();
		ImportView report = restore(archive, "bob");
		assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(report.reason()).isEqualTo("falcon-export version 2 is not supported; this service reads version 1");
		assertThat(this.mongo.getCollection(DAYS).countDocuments()).isZero();
	}

	@Test
	void reportsARecordLongerThanTheCapWithoutKeepingIt() throws IOException {
		String longDay = "{\"_id\": \"alex/2026-03-31\", \"date\": \"2026-03-31\", \"note\": \"" + "x".repeat(3000)
				+ "\"}";
		ArchiveRestore restore = restore(1024);
		ImportView report = read(restore,
				file(ExportArchives.archive().collection(DAYS, DAY_1, longDay, DAY_2).bytes()), "bob");
		assertThat(report.rowsImported()).isEqualTo(2);
		assertThat(report.errors()).singleElement()
			.isEqualTo(new ImportView.RowError("collections/acme_days.json", 3, "record longer than 1KB"));
	}

	@Test
	void refusesACollectionEntryOverTheArchiveLimitAndRestoresTheOthers() throws IOException {
		ArchiveRestore restore = new ArchiveRestore(
				List.of(RestoredCollection.rebuildingId(DAYS,
						(document, userId) -> userId + "/" + RestoredIds.date(document, "date")),
						new ImportedFilesRestore(Set.of("acme"))),
				this.mongo,
				new ArchiveLimits("falcon.test.restore", 100, DataSize.ofBytes(200), DataSize.ofMegabytes(10), 1000),
				1024 * 1024);
		byte[] archive = ExportArchives.archive()
			.collection(DAYS, DAY_1, DAY_2, DAY_1.replace("29", "28"))
			.collection("imported_files", IMPORT)
			.bytes();
		ImportView report = read(restore, file(archive), "bob");
		assertThat(report.errors()).singleElement()
			.satisfies((error) -> assertThat(error.reason()).contains("falcon.test.restore.max-entry-size"));
		assertThat(this.mongo.getCollection("imported_files").countDocuments()).isOne();
	}

	@Test
	void recognisesOnlyAFalconExportArchive() throws IOException {
		ArchiveRestore restore = restore(1024 * 1024);
		assertThat(restore.recognises(file(ExportArchives.archive().bytes()))).isTrue();
		assertThat(restore.recognises(file(ExportArchives.withManifest("{\"format\": \"takeout\"}").bytes())))
			.isFalse();
		assertThat(restore.recognises(file(ExportArchives.withManifest("not json").bytes()))).isFalse();
		assertThat(restore.recognises(file("date,steps\n2026-03-29,9000\n".getBytes()))).isFalse();
		assertThat(restore.recognises(file(new byte[] { 'P', 'K', 3, 4, 0, 0 }))).isFalse();
		assertThat(restore.collections()).containsExactly(DAYS, "imported_files");
	}

	private List<Document> all() {
		List<Document> all = new ArrayList<>();
		this.mongo.getCollection(DAYS).find().sort(new Document("_id", 1)).into(all);
		this.mongo.getCollection("imported_files").find().sort(new Document("_id", 1)).into(all);
		return all;
	}

	private ImportView restore(byte[] archive, String userId) throws IOException {
		return read(restore(1024 * 1024), file(archive), userId);
	}

	private ImportView read(ArchiveRestore restore, KeptFile file, String userId) throws IOException {
		ImportReport report = ImportReports.collecting();
		restore.read(new ImportJob("import-1", userId, ImportOrigin.UPLOAD, file, ZoneId.of("UTC"), true, null, null),
				report);
		return ImportReports.view(report);
	}

	private ArchiveRestore restore(int maxRecordBytes) {
		return new ArchiveRestore(
				List.of(RestoredCollection.rebuildingId(DAYS,
						(document, userId) -> userId + "/" + RestoredIds.date(document, "date")),
						new ImportedFilesRestore(Set.of("acme"))),
				this.mongo, new RestoreProperties(100, DataSize.ofMegabytes(10), DataSize.ofMegabytes(100), 1000,
						DataSize.ofBytes(maxRecordBytes))
					.archiveLimits(),
				maxRecordBytes);
	}

	private KeptFile file(byte[] content) throws IOException {
		Path path = Files.createTempFile(this.folder, "upload", ".zip");
		Files.write(path, content);
		return new KeptFile(path, "export.zip", content.length, "sha");
	}

}
