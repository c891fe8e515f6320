package health.falcon.documents.settings;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heart-rate settings as backend-data reads them: the stored members, the defaults
 * for what is unset, and invalid members read as unset.
 */
class HeartRateSettingsTests {

	private final MongoServer server = new MongoServer(new MemoryBackend());

	private final MongoClient client = MongoClients.create(this.server.bindAndGetConnectionString());

	private final MongoTemplate mongo = new MongoTemplate(this.client, "falcon");

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void readsEveryStoredMember() {
		store("alex",
				new Document("max", 188).append("resting", 48)
					.append("fitnessDays", 30)
					.append("fatigueDays", 5)
					.append("trimpFormula", "female"));
		assertThat(HeartRateSettings.of(this.mongo, "alex")).isEqualTo(new HeartRateSettings(188, 48, 30, 5, "female"));
	}

	@Test
	void answersTheDefaultsWithoutSettingsOrWithoutHeartRate() {
		this.mongo.getCollection(UserSettingsCollection.COLLECTION)
			.insertOne(new Document("_id", "jo").append(UserSettingsCollection.TIME_ZONE, "Europe/Berlin"));
		assertThat(HeartRateSettings.of(this.mongo, "jo")).isEqualTo(HeartRateSettings.DEFAULTS);
		assertThat(HeartRateSettings.of(this.mongo, "nobody")).isEqualTo(HeartRateSettings.DEFAULTS);
		assertThat(HeartRateSettings.DEFAULTS).isEqualTo(new HeartRateSettings(null, null, 42, 7, "male"));
	}

	@Test
	void readsMembersOutsideTheirRangeOrOfAnotherTypeAsUnset() {
		store("alex",
				new Document("max", 240).append("resting", "50")
					.append("fitnessDays", 6)
					.append("fatigueDays", 31)
					.append("trimpFormula", "other"));
		assertThat(HeartRateSettings.of(this.mongo, "alex")).isEqualTo(HeartRateSettings.DEFAULTS);
		store("sam",
				new Document("max", 180.5).append("resting", 24).append("fitnessDays", 91).append("fatigueDays", 1));
		assertThat(HeartRateSettings.of(this.mongo, "sam")).isEqualTo(HeartRateSettings.DEFAULTS);
	}

	@Test
	void dropsARestingRateThatIsNotBelowTheMaximum() {
		store("alex", new Document("max", 110).append("resting", 110));
		assertThat(HeartRateSettings.of(this.mongo, "alex")).isEqualTo(new HeartRateSettings(110, null, 42, 7, "male"));
	}

	@Test
	void readsOnlyTheUsersOwnDocument() {
		store("alex", new Document("max", 188));
		assertThat(HeartRateSettings.of(this.mongo, "sam")).isEqualTo(HeartRateSettings.DEFAULTS);
	}

	private void store(String userId, Document heartRate) {
		this.mongo.getCollection(UserSettingsCollection.COLLECTION)
			.insertOne(new Document("_id", userId).append(UserSettingsCollection.HEART_RATE, heartRate));
	}

}
