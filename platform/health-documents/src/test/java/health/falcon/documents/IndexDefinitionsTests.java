package health.falcon.documents;

import health.falcon.documents.activities.ActivitiesCollection;
import health.falcon.documents.bloodpressure.BloodPressureCollection;
import health.falcon.documents.body.BodyMeasurementsCollection;
import health.falcon.documents.connections.ConnectionsCollection;
import health.falcon.documents.daily.DailyActivityCollection;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.heartrate.HeartRateSamplesCollection;
import health.falcon.documents.hrv.HrvRecordingsCollection;
import health.falcon.documents.nutrition.NutritionDaysCollection;
import health.falcon.documents.sleep.SleepSessionsCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.index.Index;

import static org.assertj.core.api.Assertions.assertThat;

class IndexDefinitionsTests {

	@Test
	void keepsTheIndexesExistingDatabasesHave() {
		assertIndex(ActivitiesCollection.naturalKey(), "natural_key", true,
				new Document("userId", 1).append("source.provider", 1).append("source.sourceId", 1));
		assertIndex(ConnectionsCollection.providerAccount(), "provider_account", false,
				new Document("provider", 1).append("accountId", 1));
		assertIndex(SleepSessionsCollection.naturalKey(), "natural_key", true,
				new Document("userId", 1).append("startMinute", 1));
		assertIndex(SleepSessionsCollection.userDate(), "user_date", false,
				new Document("userId", 1).append("dateOfSleep", -1));
		assertIndex(DailyActivityCollection.naturalKey(), "natural_key", true,
				new Document("userId", 1).append("localDate", 1));
		assertIndex(BloodPressureCollection.userDropboxFile(), "user_dropbox_file", false,
				new Document("userId", 1).append("source.dropboxId", 1));
		assertIndex(HrvRecordingsCollection.userDropboxFile(), "user_dropbox_file", false,
				new Document("userId", 1).append("source.dropboxId", 1));
	}

	@Test
	void letsReadersSelectAUsersRecordsByDateAndTime() {
		assertIndex(HeartRateDaysCollection.userDate(), "user_date", false,
				new Document("userId", 1).append("localDate", 1));
		assertIndex(NutritionDaysCollection.userDate(), "user_date", false,
				new Document("userId", 1).append("date", -1));
		assertIndex(BodyMeasurementsCollection.userDate(), "user_date", false,
				new Document("userId", 1).append("date", -1));
		assertIndex(BloodPressureCollection.userTime(), "user_time", false,
				new Document("userId", 1).append("time.instant", -1));
		assertIndex(BloodPressureCollection.userDate(), "user_date", false,
				new Document("userId", 1).append("time.localDate", 1));
		assertIndex(HrvRecordingsCollection.userStart(), "user_start", false,
				new Document("userId", 1).append("start.instant", -1));
		assertIndex(HrvRecordingsCollection.userDate(), "user_date", false,
				new Document("userId", 1).append("start.localDate", 1));
		assertIndex(HeartRateSamplesCollection.userDate(), "user_date", false,
				new Document("userId", 1).append("localDate", 1));
		assertThat(HeartRateDaysCollection.indexes()).hasSize(1);
		assertThat(HeartRateSamplesCollection.indexes()).hasSize(1);
		assertThat(NutritionDaysCollection.indexes()).hasSize(1);
		assertThat(BodyMeasurementsCollection.indexes()).hasSize(1);
		assertThat(BloodPressureCollection.indexes()).hasSize(3);
		assertThat(HrvRecordingsCollection.indexes()).hasSize(3);
	}

	@Test
	void handsOutAFreshDefinitionEachTime() {
		assertThat(ActivitiesCollection.naturalKey()).isNotSameAs(ActivitiesCollection.naturalKey());
		assertThat(SleepSessionsCollection.indexes()).hasSize(2);
	}

	private static void assertIndex(Index index, String name, boolean unique, Document keys) {
		assertThat(index.getIndexKeys()).isEqualTo(keys);
		assertThat(index.getIndexOptions().getString("name")).isEqualTo(name);
		assertThat(index.getIndexOptions().getBoolean("unique", false)).isEqualTo(unique);
	}

}
