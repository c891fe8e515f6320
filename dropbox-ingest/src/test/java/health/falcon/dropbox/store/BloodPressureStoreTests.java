package health.falcon.dropbox.store;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.dropbox.formats.BloodPressureReading;
import health.falcon.model.MeasurementTime;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class BloodPressureStoreTests {

	private final MongoServer server = new MongoServer(new MemoryBackend());

	private final MongoClient client = MongoClients.create(this.server.bindAndGetConnectionString());

	private final MongoTemplate mongo = new MongoTemplate(this.client, "falcon");

	private final BloodPressureStore store = new BloodPressureStore(this.mongo);

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void upsertsByNaturalKeySoThatReimportsAreIdempotent() {
		FileSource source = new FileSource("bp.csv", "ab".repeat(32), "WITHINGS_BP");
		List<BloodPressureReading> readings = List.of(reading(2, 120), reading(3, 125));
		this.store.upsert("u1", source, readings);
		this.store.upsert("u1", source, List.of(reading(2, 121), reading(3, 125)));
		assertThat(this.store.count("u1")).isEqualTo(2);
		Document stored = this.mongo.getCollection("blood_pressure").find(new Document("source.line", 2)).first();
		assertThat(stored.getInteger("systolic")).isEqualTo(121);
		assertThat(stored.getString("pressureUnit")).isEqualTo("mmHg");
		assertThat(stored.get("time", Document.class).getBoolean("zoneAssumed")).isTrue();
		this.store.upsert("u2", source, readings);
		assertThat(this.store.count("u1")).isEqualTo(2);
		assertThat(this.store.count("u2")).isEqualTo(2);
	}

	private static BloodPressureReading reading(int line, int systolic) {
		return new BloodPressureReading(systolic, 80, 60,
				MeasurementTime.ofLocal(LocalDateTime.of(2026, 3, 10, 7, line), ZoneId.of("Europe/Berlin"), true),
				line);
	}

}
