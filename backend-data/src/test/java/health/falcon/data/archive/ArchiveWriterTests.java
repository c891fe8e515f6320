package health.falcon.data.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import health.falcon.data.MongoSliceSupport;
import health.falcon.data.stored.Connections;
import health.falcon.data.stored.DailyActivities;
import health.falcon.documents.settings.UserPreferences;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive of one user on mongo-java-server, with data in every collection written in
 * the writers' shapes (and another user's beside it).
 */
@Import(ArchiveWriterTests.Recording.class)
class ArchiveWriterTests extends MongoSliceSupport {

	private static final Instant NOW = Instant.parse("2026-12-06T19:30:00Z");

	private static final UserPreferences BERLIN = new UserPreferences(ZoneId.of("Europe/Berlin"), false);

	private static final List<String> COLLECTIONS = List.of("activities", "heart_rate_days", "heart_rate_samples",
			"sleep_sessions", "daily_activity", "nutrition_days", "body_measurements", "blood_pressure",
			"hrv_recordings", "user_settings", "imported_files", "connections", "photos");

	@Autowired
	private CursorBatches batches;

	@Test
	void writesEveryCollectionOfTheUserWithoutTheUserIdAndNothingOfAnother() throws IOException {
		byte[] photo = ArchiveSeed.everything(this.template, "alex", 1);
		ArchiveSeed.everything(this.template, "bob", 2);
		ZipContents zip = export("alex", 100);
		Set<String> expected = COLLECTIONS.stream()
			.map((c) -> "collections/" + c + ".json")
			.collect(Collectors.toSet());
		expected.add("manifest.json");
		expected.add("photos/photo-alex.jpg");
		assertThat(zip.entries().keySet()).containsExactlyInAnyOrderElementsOf(expected);
		for (String collection : COLLECTIONS) {
			assertThat(zip.collection(collection)).as(collection).isNotEmpty().allSatisfy((document) -> {
				assertThat(document).doesNotContainKey("userId");
			});
		}
		assertThat(zip.entries().get("photos/photo-alex.jpg")).isEqualTo(photo);
		assertThat(zip.all()).doesNotContain("bob").contains("alex");
		assertThat(zip.collection("imported_files")).extracting((document) -> document.get("_id"))
			.containsExactly("import-again-alex", "import-alex");
		assertThat(zip.collection("user_settings")).singleElement()
			.isEqualTo(new Document("timeZone", "Europe/Berlin").append("units", "metric"));
		assertThat(zip.collection("photos").get(0)).containsEntry("_id", "photo-alex")
			.containsEntry("caption", "Summit photo-alex")
			.containsKeys("originalFileId", "thumbnailFileId", "uploadedAt");
	}

	@Test
	void keepsOnlyStatusProviderAccountAndTimestampsOfAConnection() throws IOException {
		Connections.write(this.template, "alex", "fitbit", "ACTIVE", Instant.parse("2026-11-01T08:00:00Z"));
		ZipContents zip = export("alex", 100);
		assertThat(zip.collection("connections")).singleElement()
			.satisfies((connection) -> assertThat(connection.keySet()).containsExactlyInAnyOrder("provider", "status",
					"accountId", "lastSuccessfulSyncAt", "lastRunStatus"));
		assertThat(zip.all()).doesNotContain("accessToken")
			.doesNotContain("refreshToken")
			.doesNotContain("ciphertext")
			.doesNotContain("secret")
			.doesNotContain("lease")
			.doesNotContain("cursors");
	}

	@Test
	void describesTheArchiveInTheManifest() throws IOException {
		ArchiveSeed.everything(this.template, "alex", 1);
		ArchiveSeed.everything(this.template, "bob", 2);
		Document manifest = export("alex", 100).manifest();
		assertThat(manifest).containsEntry("format", "falcon-export")
			.containsEntry("version", 1)
			.containsEntry("exportedAt", "2026-12-06T19:30:00Z")
			.containsEntry("zone", "Europe/Berlin")
			.containsEntry("units", "metric");
		Document collections = manifest.get("collections", Document.class);
		assertThat(collections.keySet()).containsExactlyElementsOf(COLLECTIONS);
		assertThat(collections.get("imported_files", Document.class)).containsEntry("count", 2)
			.containsEntry("file", "collections/imported_files.json");
		assertThat(collections.get("activities", Document.class)).containsEntry("count", 1);
		assertThat(manifest.get("photoFiles", Document.class)).containsEntry("count", 1).containsEntry("missing", 0);
	}

	@Test
	void writesEmptyArraysForAUserWithoutData() throws IOException {
		ArchiveSeed.everything(this.template, "bob", 2);
		ZipContents zip = export("alex", 100);
		for (String collection : COLLECTIONS) {
			assertThat(zip.text("collections/" + collection + ".json")).isEqualTo("[\n]\n");
		}
		assertThat(zip.manifest().get("collections", Document.class).get("photos", Document.class))
			.containsEntry("count", 0);
		assertThat(zip.manifest()).containsEntry("units", "metric");
	}

	@Test
	void readsACollectionBatchByBatchAndWritesOneDocumentPerLine() throws IOException {
		for (int day = 1; day <= 25; day++) {
			DailyActivities.write(this.template, "alex", LocalDate.of(2026, 1, day), 1_000L + day, 2_000.0);
		}
		this.batches.clear();
		ZipContents zip = export("alex", 4);
		assertThat(this.batches.count("find", "daily_activity")).isOne();
		// 25 documents in batches of 4: the first comes with the find, six more by
		// getMore
		assertThat(this.batches.count("getMore", "daily_activity")).isGreaterThanOrEqualTo(6);
		String[] lines = zip.text("collections/daily_activity.json").split("\n");
		assertThat(lines).hasSize(27);
		assertThat(lines[0]).isEqualTo("[");
		assertThat(lines[1]).startsWith("{\"_id\": \"alex:2026-01-01\"").endsWith("},");
		assertThat(lines[25]).startsWith("{\"_id\": \"alex:2026-01-25\"").endsWith("}");
		assertThat(lines[26]).isEqualTo("]");
	}

	@Test
	void streamsEntriesToTheResponseWhileTheCursorIsRead() throws IOException {
		for (int day = 1; day <= 28; day++) {
			DailyActivities.write(this.template, "alex", LocalDate.of(2026, 2, day), 1_000L + day, 2_000.0);
		}
		ChunkCounter out = new ChunkCounter();
		new ArchiveWriter(new ArchiveRepository(this.template, new ArchiveProperties(4))).write("alex", BERLIN, NOW,
				out);
		// the archive leaves in many writes as it is made, never as one buffer at the end
		assertThat(out.writes).isGreaterThan(10);
		assertThat(out.largest).isLessThan(64 * 1024);
	}

	@Test
	void leavesOutAPhotoWhoseFileBelongsToAnotherUser() throws IOException {
		ArchiveSeed.everything(this.template, "alex", 1);
		ArchiveSeed.everything(this.template, "bob", 2);
		Object bobs = this.template.getCollection("photos")
			.find(new Document("_id", "photo-bob"))
			.first()
			.get("originalFileId");
		this.template.getCollection("photos")
			.updateOne(new Document("_id", "photo-alex"), new Document("$set", new Document("originalFileId", bobs)));
		ZipContents zip = export("alex", 100);
		assertThat(zip.entries()).doesNotContainKey("photos/photo-alex.jpg");
		assertThat(zip.manifest().get("photoFiles", Document.class)).containsEntry("count", 0)
			.containsEntry("missing", 1);
		assertThat(new String(zip.all().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))
			.doesNotContain("JPEG of bob");
	}

	private ZipContents export(String userId, int batchSize) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ArchiveWriter(new ArchiveRepository(this.template, new ArchiveProperties(batchSize))).write(userId, BERLIN,
				NOW, out);
		return ZipContents.of(out.toByteArray());
	}

	private static final class ChunkCounter extends OutputStream {

		private int writes;

		private int largest;

		@Override
		public void write(int b) {
			this.writes++;
			this.largest = Math.max(this.largest, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.writes++;
			this.largest = Math.max(this.largest, len);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Recording {

		@Bean
		CursorBatches cursorBatches() {
			return new CursorBatches();
		}

		@Bean
		MongoClientSettingsBuilderCustomizer recordBatches(CursorBatches batches) {
			return (settings) -> settings.addCommandListener(batches);
		}

	}

}
