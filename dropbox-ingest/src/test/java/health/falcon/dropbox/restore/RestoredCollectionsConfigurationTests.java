package health.falcon.dropbox.restore;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The ids dropbox-ingest's restored records get: the ids its stores write for the new
 * owner ({@code BloodPressureStore.key}, {@code HrvRecordingStore}).
 */
class RestoredCollectionsConfigurationTests {

	private final RestoredCollectionsConfiguration configuration = new RestoredCollectionsConfiguration();

	@Test
	void rebuildsABloodPressureReadingsIdFromItsInstantFileAndLine() {
		Document reading = new Document("_id", "alex:2026-03-29T05:30:00Z:ab12:7")
			.append("time", new Document("instant", Date.from(Instant.parse("2026-03-29T05:30:00Z"))))
			.append("source", new Document("sha256", "ab12").append("line", 7))
			.append("systolic", 121);
		assertThat(this.configuration.restoredBloodPressure().rekey(reading, "bob"))
			.containsEntry("_id", "bob:2026-03-29T05:30:00Z:ab12:7")
			.containsEntry("systolic", 121);
	}

	@Test
	void rebuildsAnHrvRecordingsIdFromItsFile() {
		Document recording = new Document("_id", "alex:cd34").append("source", new Document("sha256", "cd34"));
		assertThat(this.configuration.restoredHrvRecordings().rekey(recording, "bob")).containsEntry("_id", "bob:cd34");
	}

	@Test
	void refusesAReadingWithoutItsLine() {
		Document reading = new Document("time",
				new Document("instant", Date.from(Instant.parse("2026-03-29T05:30:00Z"))))
			.append("source", new Document("sha256", "ab12"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.configuration.restoredBloodPressure().rekey(reading, "bob"))
			.withMessage("member 'source.line' is missing or not a whole number");
	}

}
