package health.falcon.fitbit.sleep;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

class MongoSleepStoreTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

	private static final MongoServer server = new MongoServer(new MemoryBackend());

	private static final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	private static final Source API = new Source("fitbit", "google-health:sleep", "run-1", CLOCK.instant());

	private static final Source EXPORT = new Source("fitbit", "sleep-2026-11-10.json", "import-1", CLOCK.instant());

	private final MongoTemplate mongo = new MongoTemplate(client, "falcon");

	private MongoSleepStore store;

	@BeforeEach
	void clean() {
		this.mongo.getDb().drop();
		this.store = new MongoSleepStore(this.mongo, CLOCK);
	}

	@AfterAll
	static void stop() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void storesASessionUnderItsNaturalKeyWithProvenance() {
		assertThat(this.store.upsert("demo", List.of(night("2026-11-09T22:40:00Z", 412)), API)).isOne();
		Document stored = this.mongo.findById("demo:" + Instant.parse("2026-11-09T22:40:00Z").getEpochSecond() / 60,
				Document.class, "sleep_sessions");
		assertThat(stored).isNotNull();
		assertThat(stored).containsEntry("userId", "demo")
			.containsEntry("dateOfSleep", "2026-11-10")
			.containsEntry("offset", "+01:00")
			.containsEntry("mainSleep", true)
			.containsEntry("minutesAsleep", 412);
		assertThat(stored.get("stageMinutes", Document.class)).containsEntry("deep", 80);
		assertThat(stored.getList("stages", Document.class)).hasSize(1);
		assertThat(stored.get("source", Document.class)).containsEntry("provider", "fitbit")
			.containsEntry("sourceId", "google-health:sleep")
			.containsEntry("ingestRunId", "run-1");
	}

	@Test
	void writesNothingForTheSameSessionsAgain() {
		List<SleepSession> sessions = List.of(night("2026-11-09T22:40:00Z", 412), night("2026-11-10T22:00:00Z", 400));
		assertThat(this.store.upsert("demo", sessions, API)).isEqualTo(2);
		assertThat(this.store.upsert("demo", sessions, API)).isZero();
		assertThat(this.mongo.getCollection("sleep_sessions").countDocuments()).isEqualTo(2);
	}

	@Test
	void mergesTheSameNightFromAnExportAndTheApiByStartMinute() {
		this.store.upsert("demo", List.of(night("2026-11-09T22:40:00Z", 412)), EXPORT);
		assertThat(this.store.upsert("demo", List.of(night("2026-11-09T22:40:30Z", 415)), API)).isOne();
		assertThat(this.mongo.getCollection("sleep_sessions").countDocuments()).isOne();
		Document stored = this.mongo.findOne(new Query(), Document.class, "sleep_sessions");
		assertThat(stored).isNotNull();
		assertThat(stored).containsEntry("minutesAsleep", 415);
	}

	@Test
	void removesTheSessionsEndedInARangeExceptTheReportedOnesIdempotently() {
		// ends 2026-11-10T06:10Z, 2026-11-11T05:30Z and 2026-11-12T05:30Z
		this.store.upsert("demo", List.of(night("2026-11-09T22:40:00Z", 412), night("2026-11-10T22:00:00Z", 400),
				night("2026-11-11T22:00:00Z", 390)), API);
		this.store.upsert("alex", List.of(night("2026-11-10T22:00:00Z", 300)), API);
		Instant from = Instant.parse("2026-11-10T00:00:00Z");
		Instant to = Instant.parse("2026-11-12T00:00:00Z");
		assertThat(this.store.removeEndedBetween("demo", from, to, List.of(Instant.parse("2026-11-09T22:40:20Z"))))
			.isOne();
		assertThat(this.store.removeEndedBetween("demo", from, to, List.of(Instant.parse("2026-11-09T22:40:20Z"))))
			.isZero();
		assertThat(this.mongo.find(Query.query(Criteria.where("userId").is("demo")), Document.class, "sleep_sessions"))
			.extracting((session) -> session.getInteger("minutesAsleep"))
			.containsExactlyInAnyOrder(412, 390);
		assertThat(this.mongo.getCollection("sleep_sessions").countDocuments()).isEqualTo(3);
	}

	@Test
	void keepsUsersApartAndPurgesOnlyOne() {
		this.store.upsert("demo", List.of(night("2026-11-09T22:40:00Z", 412)), API);
		this.store.upsert("alex", List.of(night("2026-11-09T22:40:00Z", 300)), API);
		assertThat(this.store.purge("demo")).isOne();
		assertThat(this.mongo.getCollection("sleep_sessions").countDocuments()).isOne();
	}

	private static SleepSession night(String start, int asleep) {
		Instant begin = Instant.parse(start);
		return new SleepSession(begin, begin.plusSeconds(7 * 3600 + 1800), ZoneOffset.ofHours(1),
				LocalDate.ofInstant(begin.plusSeconds(7 * 3600 + 1800), ZoneOffset.ofHours(1)), true, 92, asleep, 38,
				Map.of("deep", 80, "light", 230, "rem", 102, "wake", 38),
				List.of(new SleepSession.Stage(begin, 720, "wake")));
	}

}
