package health.falcon.fitbit.daily;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import health.falcon.model.Source;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class MongoDailyActivityStoreTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

	private static final MongoServer server = new MongoServer(new MemoryBackend());

	private static final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	private static final Source API = new Source("fitbit", "google-health:daily", "run-1", CLOCK.instant());

	private static final Source EXPORT = new Source("fitbit", "steps-2026-11-10.json", "import-1", CLOCK.instant());

	private static final LocalDate DAY = LocalDate.parse("2026-11-10");

	private final MongoTemplate mongo = new MongoTemplate(client, "falcon");

	private MongoDailyActivityStore store;

	@BeforeEach
	void clean() {
		this.mongo.getDb().drop();
		this.store = new MongoDailyActivityStore(this.mongo, CLOCK);
	}

	@AfterAll
	static void stop() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void mergesFieldByFieldSettingOnlyReportedValues() {
		assertThat(this.store.merge("demo", List.of(new DailyActivity(DAY, 8432L, 6215.0, null, null)), EXPORT))
			.isOne();
		assertThat(this.store.merge("demo", List.of(new DailyActivity(DAY, null, null, 812.4, 2456.7)), API)).isOne();
		Document stored = this.mongo.findById("demo:2026-11-10", Document.class, "daily_activity");
		assertThat(stored).isNotNull();
		assertThat(stored).containsEntry("userId", "demo")
			.containsEntry("localDate", "2026-11-10")
			.containsEntry("steps", 8432L)
			.containsEntry("distanceMeters", 6215.0)
			.containsEntry("activeKcal", 812.4)
			.containsEntry("totalKcal", 2456.7);
		assertThat(stored.get("source", Document.class)).containsEntry("sourceId", "google-health:daily");
	}

	@Test
	void replacesARevisedValue() {
		this.store.merge("demo", List.of(new DailyActivity(DAY, 8000L, null, null, null)), API);
		assertThat(this.store.merge("demo", List.of(new DailyActivity(DAY, 8432L, null, null, null)), API)).isOne();
		assertThat(this.mongo.findById("demo:2026-11-10", Document.class, "daily_activity")).containsEntry("steps",
				8432L);
	}

	@Test
	void writesNothingForTheSameValuesAgainOrForEmptyDays() {
		List<DailyActivity> days = List.of(new DailyActivity(DAY, 8432L, 6215.0, 812.4, 2456.7),
				new DailyActivity(DAY.plusDays(1), 100L, null, null, null));
		assertThat(this.store.merge("demo", days, API)).isEqualTo(2);
		assertThat(this.store.merge("demo", days, API)).isZero();
		assertThat(this.store.merge("demo", List.of(new DailyActivity(DAY.plusDays(2), null, null, null, null)), API))
			.isZero();
		assertThat(this.mongo.getCollection("daily_activity").countDocuments()).isEqualTo(2);
	}

	@Test
	void clearsOneMetricAndDeletesADayLeftWithoutAnyIdempotently() {
		this.store.merge("demo", List.of(new DailyActivity(DAY, 8432L, 6215.0, null, null),
				new DailyActivity(DAY.plusDays(1), 100L, null, null, null)), API);
		this.store.merge("alex", List.of(new DailyActivity(DAY, 2L, null, null, null)), API);
		List<LocalDate> days = List.of(DAY, DAY.plusDays(1), DAY.plusDays(2));
		assertThat(this.store.clear("demo", days, DailyMetric.STEPS)).isEqualTo(2);
		assertThat(this.store.clear("demo", days, DailyMetric.STEPS)).isZero();
		Document stored = this.mongo.findById("demo:2026-11-10", Document.class, "daily_activity");
		assertThat(stored).isNotNull().doesNotContainKey("steps").containsEntry("distanceMeters", 6215.0);
		assertThat(this.mongo.findById("demo:2026-11-11", Document.class, "daily_activity")).isNull();
		assertThat(this.mongo.findById("alex:2026-11-10", Document.class, "daily_activity")).containsEntry("steps", 2L);
		assertThat(this.store.clear("demo", List.of(), DailyMetric.TOTAL_KCAL)).isZero();
	}

	@Test
	void keepsUsersApartAndPurgesOnlyOne() {
		this.store.merge("demo", List.of(new DailyActivity(DAY, 1L, null, null, null)), API);
		this.store.merge("alex", List.of(new DailyActivity(DAY, 2L, null, null, null)), API);
		assertThat(this.store.purge("alex")).isOne();
		assertThat(this.mongo.findById("demo:2026-11-10", Document.class, "daily_activity")).isNotNull();
	}

}
