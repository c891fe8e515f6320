package health.falcon.fitbit.restore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import health.falcon.documents.daily.DailyActivityCollection;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.sleep.SleepSessionsCollection;
import health.falcon.ingest.restore.RestoredCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The ids fitbit-service's restored records get: the ids its stores write for the new
 * owner.
 */
class RestoredCollectionsConfigurationTests {

	private final RestoredCollectionsConfiguration configuration = new RestoredCollectionsConfiguration();

	@Test
	void rebuildsTheDayIdsForTheNewOwner() {
		Document day = new Document("_id", "alex:2026-03-29").append("localDate", "2026-03-29").append("steps", 9000);
		assertThat(rekey(this.configuration.restoredDailyActivity(), day))
			.containsEntry("_id", DailyActivityCollection.id("bob", LocalDate.of(2026, 3, 29)))
			.containsEntry("steps", 9000);
		assertThat(rekey(this.configuration.restoredHeartRateDays(), day)).containsEntry("_id",
				HeartRateDaysCollection.id("bob", LocalDate.of(2026, 3, 29)));
		assertThat(rekey(this.configuration.restoredHeartRateSamples(), day)).containsEntry("_id", "bob:2026-03-29");
		assertThat(this.configuration.restoredHeartRateSamples().name()).isEqualTo("heart_rate_samples");
	}

	@Test
	void rebuildsASleepSessionsIdFromItsStart() {
		Instant start = Instant.parse("2026-03-28T22:00:30Z");
		Document session = new Document("_id", "alex:29584680").append("start", Date.from(start));
		assertThat(rekey(this.configuration.restoredSleepSessions(), session)).containsEntry("_id",
				SleepSessionsCollection.id("bob", start));
	}

	@Test
	void refusesARecordWithoutWhatItsIdIsBuiltFrom() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> rekey(this.configuration.restoredSleepSessions(), new Document("start", "yesterday")))
			.withMessage("member 'start' is missing or not a date");
		assertThatIllegalArgumentException().isThrownBy(
				() -> rekey(this.configuration.restoredDailyActivity(), new Document("localDate", "2026-02-30")));
	}

	private static Document rekey(RestoredCollection collection, Document document) {
		return collection.rekey(Document.parse(document.toJson()), "bob");
	}

}
