package health.falcon.fitness.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.fitness.activity.ActivityStore.UpsertResult;
import health.falcon.model.MeasurementTime;
import health.falcon.model.Source;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityStoreTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

	private static final MongoServer server = new MongoServer(new MemoryBackend());

	private static final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	private final MongoTemplate mongo = new MongoTemplate(client, "falcon");

	private ActivityStore store;

	@BeforeEach
	void clean() {
		this.mongo.getDb().drop();
		this.store = new ActivityStore(this.mongo, CLOCK);
	}

	@AfterAll
	static void stop() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void writesTheContractShape() {
		this.store.upsertAll(List.of(activity("1", "Morning Run", 640.0)));
		Document stored = this.mongo.findById("demo:strava:1", Document.class, "activities");
		assertThat(stored).isNotNull();
		assertThat(stored.keySet()).contains("userId", "source", "name", "sportType", "sportTypeRaw", "time",
				"elapsedSeconds", "movingSeconds", "distanceMeters", "elevationGainMeters", "averageSpeedMps",
				"maxSpeedMps", "averageHeartRateBpm", "maxHeartRateBpm", "energyKcal", "kilojoules", "deleted",
				"deletedAt", "updatedAt");
		assertThat(stored.get("time", Document.class)).containsEntry("offset", "+02:00")
			.containsEntry("zoneId", "Europe/Berlin")
			.containsEntry("localDate", "2026-06-01")
			.containsEntry("zoneAssumed", false);
		assertThat(stored.get("source", Document.class)).containsEntry("provider", "strava")
			.containsEntry("sourceId", "1")
			.containsEntry("ingestRunId", "run-1");
	}

	@Test
	void writesNothingForAnUnchangedRedelivery() {
		assertThat(this.store.upsertAll(List.of(activity("1", "Run", null), activity("2", "Ride", null))))
			.isEqualTo(new UpsertResult(2, List.of("1", "2")));
		assertThat(this.store.upsertAll(List.of(activity("1", "Run", null), activity("2", "Ride", null))))
			.isEqualTo(new UpsertResult(0, List.of()));
		assertThat(this.mongo.getCollection("activities").countDocuments()).isEqualTo(2);
	}

	@Test
	void updatesAChangedActivityAndKeepsItsEnergy() {
		this.store.upsertAll(List.of(activity("1", "Run", 640.0)));
		assertThat(this.store.upsertAll(List.of(activity("1", "Renamed", null))))
			.isEqualTo(new UpsertResult(1, List.of()));
		Document stored = this.mongo.findById("demo:strava:1", Document.class, "activities");
		assertThat(stored).isNotNull();
		assertThat(stored.getString("name")).isEqualTo("Renamed");
		assertThat(stored.get("energyKcal")).isEqualTo(640.0);
		assertThat(this.store.upsertAll(List.of(activity("1", "Renamed", 650.0))).written()).isOne();
	}

	@Test
	void softDeletesOnce() {
		this.store.upsertAll(List.of(activity("1", "Run", null)));
		Instant at = Instant.parse("2026-11-20T09:00:00Z");
		assertThat(this.store.softDelete("demo", "strava", "1", at)).isTrue();
		assertThat(this.store.softDelete("demo", "strava", "1", at.plusSeconds(60))).isFalse();
		assertThat(this.store.softDelete("demo", "strava", "404", at)).isFalse();
		Document stored = this.mongo.findById("demo:strava:1", Document.class, "activities");
		assertThat(stored).isNotNull();
		assertThat(stored.getBoolean("deleted")).isTrue();
		assertThat(stored.getDate("deletedAt").toInstant()).isEqualTo(at);
	}

	private static Activity activity(String id, String name, @Nullable Double energyKcal) {
		return new Activity("demo", new Source("strava", id, "run-1", CLOCK.instant()), name, SportType.RUN, "Run",
				new MeasurementTime(Instant.parse("2026-06-01T06:00:00Z"), ZoneOffset.ofHours(2),
						ZoneId.of("Europe/Berlin"), LocalDate.parse("2026-06-01"), false),
				3000L, 2900L, 10000.0, 50.0, 3.4, 5.0, 150.0, 175.0, energyKcal, null);
	}

}
