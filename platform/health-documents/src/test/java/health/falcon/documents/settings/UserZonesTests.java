package health.falcon.documents.settings;

import java.time.ZoneId;

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
 * The profile zone as every service reads it: the stored zone, or UTC when there is none
 * or it is not a zone id; and the unit system beside it, metric unless imperial.
 */
class UserZonesTests {

	private final MongoServer server = new MongoServer(new MemoryBackend());

	private final MongoClient client = MongoClients.create(this.server.bindAndGetConnectionString());

	private final MongoTemplate mongo = new MongoTemplate(this.client, "falcon");

	private final UserZones zones = new UserZones(this.mongo);

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void readsTheStoredZone() {
		settings("alex", "Europe/Berlin");
		assertThat(this.zones.zoneOf("alex")).isEqualTo(ZoneId.of("Europe/Berlin"));
	}

	@Test
	void answersUtcWithoutSettingsOrWithAnInvalidZone() {
		settings("casey", "Mars/Olympus");
		settings("blank", " ");
		assertThat(this.zones.zoneOf("nobody")).isEqualTo(ZoneId.of("UTC"));
		assertThat(this.zones.zoneOf("casey")).isEqualTo(ZoneId.of("UTC"));
		assertThat(this.zones.zoneOf("blank")).isEqualTo(ZoneId.of("UTC"));
	}

	@Test
	void readsTheUnitSystemBesideTheZone() {
		this.mongo.getCollection(UserSettingsCollection.COLLECTION)
			.insertOne(new Document("_id", "jo").append(UserSettingsCollection.TIME_ZONE, "America/Denver")
				.append(UserSettingsCollection.UNITS, "imperial"));
		settings("alex", "Europe/Berlin");
		assertThat(this.zones.preferencesOf("jo")).isEqualTo(new UserPreferences(ZoneId.of("America/Denver"), true));
		assertThat(this.zones.preferencesOf("alex")).isEqualTo(new UserPreferences(ZoneId.of("Europe/Berlin"), false));
		assertThat(this.zones.preferencesOf("nobody")).isEqualTo(new UserPreferences(ZoneId.of("UTC"), false));
	}

	private void settings(String userId, String zone) {
		this.mongo.getCollection(UserSettingsCollection.COLLECTION)
			.insertOne(new Document("_id", userId).append(UserSettingsCollection.TIME_ZONE, zone));
	}

}
