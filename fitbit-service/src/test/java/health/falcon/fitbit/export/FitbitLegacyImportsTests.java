package health.falcon.fitbit.export;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import health.falcon.ingest.imports.LegacyRecords;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FitbitLegacyImportsTests {

	private static final Date CREATED = Date.from(Instant.parse("2026-11-01T10:00:00Z"));

	private static final Date UPDATED = Date.from(Instant.parse("2026-11-01T10:05:00Z"));

	private final FitbitLegacyImports legacy = new FitbitLegacyImports();

	@Test
	void movesEveryRunOfTheOldCollection() {
		assertThat(this.legacy.collection()).isEqualTo("fitbit_imports");
		assertThat(this.legacy.filter().toBsonDocument()).isEmpty();
	}

	@Test
	void convertsAFinishedRunWithItsReport() {
		Document converted = this.legacy
			.convert(run("SUCCEEDED").append("report", new Document("layout", "TAKEOUT_FITBIT").append("filesRead", 4)
				.append("recordsImported", 1200L)
				.append("recordsSkipped", 3L)
				.append("skipped",
						List.of(new Document("file", "a.csv").append("reason", "duplicate of the JSON files of STEPS")
							.append("count", 1L)))
				.append("errors",
						List.of(new Document("file", "b.json").append("line", 7)
							.append("reason", "unreadable entry: x"),
								new Document("file", "*").append("line", null)
									.append("reason", "12 more errors not listed")))));

		assertThat(converted).containsEntry("_id", "imp-1")
			.containsEntry("userId", "u1")
			.containsEntry("provider", "fitbit")
			.containsEntry("origin", "UPLOAD")
			.containsEntry("status", "SUCCEEDED")
			.containsEntry("reason", null)
			.containsEntry("fileName", "export.zip")
			.containsEntry("zone", "Europe/Berlin")
			.containsEntry("zoneAssumed", true)
			.containsEntry("format", "TAKEOUT_FITBIT")
			.containsEntry("rowsImported", 1200L)
			.containsEntry("rowsSkipped", 3L)
			.containsEntry("moreErrors", 12L)
			.containsEntry("createdAt", CREATED)
			.containsEntry("updatedAt", UPDATED)
			.containsEntry("finishedAt", UPDATED);
		assertThat(converted.get("progress")).isEqualTo(new Document("done", 4).append("total", 4));
		assertThat(converted.getList("skipped", Document.class))
			.containsExactly(new Document("file", "a.csv").append("reason", "duplicate of the JSON files of STEPS")
				.append("count", 1L));
		assertThat(converted.getList("errors", Document.class))
			.containsExactly(new Document("file", "b.json").append("line", 7).append("reason", "unreadable entry: x"));
	}

	@Test
	void givesARefusedArchiveItsReasonAndAnUnfinishedRunTheReasonItCannotFinish() {
		Document refused = this.legacy.convert(run("FAILED").append("report",
				new Document("layout", "UNKNOWN").append("recordsImported", 0L)
					.append("recordsSkipped", 0L)
					.append("errors", List.of(new Document("file", "(archive)").append("line", null)
						.append("reason", "refused: entry count 2 exceeds falcon.fitbit.imports.max-entries 1")))));
		assertThat(refused).containsEntry("status", "FAILED")
			.containsEntry("reason", "refused: entry count 2 exceeds falcon.fitbit.imports.max-entries 1");

		Document running = this.legacy.convert(run("RUNNING"));
		assertThat(running).containsEntry("status", "FAILED")
			.containsEntry("reason", LegacyRecords.INTERRUPTED)
			.containsEntry("format", null)
			.containsEntry("rowsImported", 0L)
			.containsEntry("finishedAt", UPDATED);
		assertThat(running.getList("errors", Document.class)).isEmpty();
	}

	private static Document run(String status) {
		return new Document("_id", "imp-1").append("userId", "u1")
			.append("status", status)
			.append("fileName", "export.zip")
			.append("zone", "Europe/Berlin")
			.append("zoneAssumed", true)
			.append("progress", new Document("entriesDone", 4).append("entriesTotal", 4))
			.append("createdAt", CREATED)
			.append("updatedAt", UPDATED);
	}

}
