package health.falcon.diet.export;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import health.falcon.ingest.imports.LegacyRecords;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DietLegacyImportsTests {

	private static final Date CREATED = Date.from(Instant.parse("2026-03-12T08:00:00Z"));

	private static final Date UPDATED = Date.from(Instant.parse("2026-03-12T08:00:05Z"));

	private final DietLegacyImports legacy = new DietLegacyImports();

	@Test
	void convertsAFinishedRunWithItsFilesAndErrors() {
		Document converted = this.legacy.convert(run("r1", "SUCCEEDED",
				List.of(file("Nutrition-Summary.csv", "NUTRITION", 4, 1, error(5, "'calories' is not a number")),
						file("Measurement-Summary.csv", "MEASUREMENT", 2, 0),
						file("readme.txt", "UNSUPPORTED", 0, 0, error(1, "not a MyFitnessPal summary")))));

		assertThat(converted.getString("_id")).isEqualTo("r1");
		assertThat(converted.getString("userId")).isEqualTo("u1");
		assertThat(converted.getString("provider")).isEqualTo("myfitnesspal");
		assertThat(converted.getString("origin")).isEqualTo("UPLOAD");
		assertThat(converted.getString("fileName")).isEqualTo("export.zip");
		assertThat(converted.getString("status")).isEqualTo("SUCCEEDED");
		assertThat(converted.getString("reason")).isNull();
		assertThat(converted.getLong("rowsImported")).isEqualTo(6);
		assertThat(converted.getLong("rowsSkipped")).isEqualTo(1);
		assertThat(converted.getList("files", Document.class)).containsExactly(
				new Document("name", "Nutrition-Summary.csv").append("kind", "NUTRITION")
					.append("rowsImported", 4L)
					.append("rowsSkipped", 1L),
				new Document("name", "Measurement-Summary.csv").append("kind", "MEASUREMENT")
					.append("rowsImported", 2L)
					.append("rowsSkipped", 0L),
				new Document("name", "readme.txt").append("kind", "UNSUPPORTED")
					.append("rowsImported", 0L)
					.append("rowsSkipped", 0L));
		assertThat(converted.getList("errors", Document.class)).containsExactly(
				new Document("file", "Nutrition-Summary.csv").append("line", 5)
					.append("reason", "'calories' is not a number"),
				new Document("file", "readme.txt").append("line", 1).append("reason", "not a MyFitnessPal summary"));
		assertThat(converted.getDate("createdAt")).isEqualTo(CREATED);
		assertThat(converted.getDate("finishedAt")).isEqualTo(UPDATED);
	}

	@Test
	void turnsTheReportOfARefusedUploadIntoTheReason() {
		Document converted = this.legacy.convert(run("r2", "FAILED", List.of(file("export.zip", "UNSUPPORTED", 0, 0,
				error(null, "refused: entry count 101 exceeds falcon.diet.imports.max-entries 100")))));

		assertThat(converted.getString("status")).isEqualTo("FAILED");
		assertThat(converted.getString("reason"))
			.isEqualTo("refused: entry count 101 exceeds falcon.diet.imports.max-entries 100");
		assertThat(converted.getList("files", Document.class)).isEmpty();
		assertThat(converted.getList("errors", Document.class)).isEmpty();
	}

	@Test
	void endsARunThatNeverFinished() {
		Document queued = new Document("_id", "r3").append("userId", "u1")
			.append("status", "QUEUED")
			.append("fileName", "export.zip")
			.append("createdAt", CREATED)
			.append("updatedAt", CREATED);

		Document converted = this.legacy.convert(queued);

		assertThat(converted.getString("status")).isEqualTo("FAILED");
		assertThat(converted.getString("reason")).isEqualTo(LegacyRecords.INTERRUPTED);
		assertThat(converted.getList("files", Document.class)).isEmpty();
	}

	@Test
	void migratesEveryRunOfTheOldCollection() {
		assertThat(this.legacy.collection()).isEqualTo("diet_imports");
		assertThat(this.legacy.filter().toBsonDocument()).isEmpty();
	}

	static Document run(String id, String status, List<Document> files) {
		return new Document("_id", id).append("userId", "u1")
			.append("status", status)
			.append("fileName", "export.zip")
			.append("createdAt", CREATED)
			.append("updatedAt", UPDATED)
			.append("report", new Document("files", files));
	}

	static Document file(String name, String kind, int imported, int skipped, Document... errors) {
		return new Document("file", name).append("kind", kind)
			.append("rowsImported", imported)
			.append("rowsSkipped", skipped)
			.append("errors", List.of(errors));
	}

	static Document error(@Nullable Integer line, String reason) {
		return new Document("line", line).append("reason", reason);
	}

}
