package health.falcon.data.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import health.falcon.data.MongoSliceSupport;
import health.falcon.documents.settings.UserPreferences;
import health.falcon.documents.settings.UserZones;
import health.falcon.ingest.imports.ImportJob;
import health.falcon.ingest.imports.ImportOrigin;
import health.falcon.ingest.imports.ImportReport;
import health.falcon.ingest.imports.ImportReports;
import health.falcon.ingest.imports.ImportStatus;
import health.falcon.ingest.imports.ImportView;
import health.falcon.ingest.imports.KeptFile;
import health.falcon.ingest.restore.ArchiveRestore;
import health.falcon.ingest.restore.RestoreProperties;
import health.falcon.ingest.restore.RestoredIds;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trip: user A's archive restored into the empty account of user B through the
 * ingest kit's restore with the services' declarations ({@link ServiceRestores}), and B's
 * archive then equal to A's but for the ids (the user id in them, and the derived ids of
 * {@code imported_files}) and what no ingest service restores ({@code user_settings},
 * {@code connections}, {@code photos} and the photo files; the manifest's zone follows
 * {@code user_settings}).
 */
class ArchiveRoundTripTests extends MongoSliceSupport {

	private static final Instant NOW = Instant.parse("2026-12-06T19:30:00Z");

	private static final List<String> RESTORED = List.of("activities", "heart_rate_days", "heart_rate_samples",
			"sleep_sessions", "daily_activity", "nutrition_days", "body_measurements", "blood_pressure",
			"hrv_recordings", "imported_files");

	private static final List<String> NOT_RESTORED = List.of("user_settings", "connections", "photos");

	@TempDir
	Path folder;

	@Test
	void restoresAnArchiveIntoAnEmptyAccountWhoseArchiveThenEqualsTheFirst() throws IOException {
		ArchiveSeed.everything(this.template, "alex", 1);
		ArchiveSeed.everything(this.template, "casey", 3);
		byte[] alex = export("alex");

		ImportView report = restore(alex, "bob");

		assertThat(report.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(report.errors()).isEmpty();
		ZipContents before = ZipContents.of(alex);
		ZipContents after = ZipContents.of(export("bob"));
		for (String collection : RESTORED) {
			assertThat(after.collection(collection)).as(collection)
				.isNotEmpty()
				.containsExactlyInAnyOrderElementsOf(forBob(collection, before.collection(collection)));
		}
		for (String collection : NOT_RESTORED) {
			assertThat(after.collection(collection)).as(collection).isEmpty();
		}
		Document counts = before.manifest().get("collections", Document.class);
		Document restoredCounts = after.manifest().get("collections", Document.class);
		RESTORED.forEach((collection) -> assertThat(restoredCounts.get(collection)).isEqualTo(counts.get(collection)));
		assertThat(after.text("collections/heart_rate_samples.json"))
			.isEqualTo(before.text("collections/heart_rate_samples.json").replace("alex:", "bob:"));
	}

	@Test
	void aSecondRestoreOfTheArchiveDuplicatesNothing() throws IOException {
		ArchiveSeed.everything(this.template, "alex", 1);
		byte[] alex = export("alex");
		restore(alex, "bob");
		byte[] once = export("bob");
		ImportView again = restore(alex, "bob");
		assertThat(again.errors()).isEmpty();
		assertThat(ZipContents.of(export("bob")).entries()).usingRecursiveComparison()
			.isEqualTo(ZipContents.of(once).entries());
		for (String collection : RESTORED) {
			assertThat(this.template.getCollection(collection).countDocuments(new Document("userId", "bob")))
				.as(collection)
				.isEqualTo(this.template.getCollection(collection).countDocuments(new Document("userId", "alex")));
		}
	}

	@Test
	void reportsACorruptRecordAndRestoresTheRest() throws IOException {
		ArchiveSeed.everything(this.template, "alex", 1);
		String daily = ZipContents.of(export("alex")).text("collections/daily_activity.json");
		// a daily record whose local date was lost, then the archive rebuilt around it
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : ZipContents.of(export("alex")).entries().entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getKey().equals("collections/daily_activity.json")
						? daily.replace("\"localDate\": \"2026-03-29\"", "\"localDate\": null")
							.getBytes(StandardCharsets.UTF_8)
						: entry.getValue());
				zip.closeEntry();
			}
		}
		ImportView report = restore(out.toByteArray(), "bob");
		assertThat(report.errors()).singleElement().satisfies((error) -> {
			assertThat(error.file()).isEqualTo("collections/daily_activity.json");
			assertThat(error.line()).isEqualTo(2);
		});
		assertThat(this.template.getCollection("daily_activity").countDocuments(new Document("userId", "bob")))
			.isZero();
		assertThat(this.template.getCollection("nutrition_days").countDocuments(new Document("userId", "bob"))).isOne();
	}

	private List<Document> forBob(String collection, List<Document> documents) {
		List<Document> expected = new ArrayList<>();
		for (Document document : documents) {
			Document copy = Document.parse(document.toJson());
			Object id = copy.get("_id");
			if (collection.equals("imported_files")) {
				copy.put("_id", RestoredIds.derived("bob", id));
				if (copy.get("duplicateOf") != null) {
					copy.put("duplicateOf", RestoredIds.derived("bob", copy.get("duplicateOf")));
				}
			}
			else {
				copy.put("_id", ((String) id).replaceFirst("^alex", "bob"));
			}
			expected.add(copy);
		}
		return expected;
	}

	private byte[] export(String userId) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		UserPreferences preferences = new UserZones(this.template).preferencesOf(userId);
		new ArchiveWriter(new ArchiveRepository(this.template, new ArchiveProperties(3))).write(userId, preferences,
				NOW, out);
		return out.toByteArray();
	}

	private ImportView restore(byte[] archive, String userId) throws IOException {
		Path file = Files.createTempFile(this.folder, "export", ".zip");
		Files.write(file, archive);
		ArchiveRestore restore = new ArchiveRestore(ServiceRestores.all(), this.template, new RestoreProperties(1000,
				DataSize.ofMegabytes(64), DataSize.ofMegabytes(256), 1000, DataSize.ofMegabytes(16))
			.archiveLimits(), 16 * 1024 * 1024);
		KeptFile kept = new KeptFile(file, "falcon-export.zip", archive.length, "sha");
		assertThat(restore.recognises(kept)).isTrue();
		ImportReport report = ImportReports.collecting();
		restore.read(new ImportJob("restore", userId, ImportOrigin.UPLOAD, kept, ZoneId.of("UTC"), true, null, null),
				report);
		return ImportReports.view(report);
	}

}
