package health.falcon.fitbit.heartrate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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

class HeartRateDaysMigrationTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final MongoServer server = new MongoServer(new MemoryBackend());

	private static final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	private final MongoTemplate mongo = new MongoTemplate(client, "falcon");

	private MongoHeartRateStore store;

	private HeartRateDays days;

	private HeartRateDaysMigration migration;

	@BeforeEach
	void clean() {
		this.mongo.getDb().drop();
		this.store = new MongoHeartRateStore(this.mongo, Clock.systemUTC());
		this.days = new HeartRateDays(this.mongo);
		this.migration = new HeartRateDaysMigration(this.mongo);
	}

	@AfterAll
	static void stop() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void movesTheSamplesOfOldDaysInBatchesAndSumsThem() {
		LocalDate first = LocalDate.parse("2026-01-01");
		int count = 2 * HeartRateDaysMigration.BATCH + 7;
		for (int i = 0; i < count; i++) {
			this.store.merge("u1", everyMinute(first.plusDays(i).atTime(8, 0), 30 + i), source());
			moveTheSamplesBack(this.mongo, "u1:" + first.plusDays(i));
		}
		Document before = this.mongo.findById("u1:2026-01-05", Document.class, "heart_rate_days");
		assertThat(this.migration.migrate()).isEqualTo(count);
		assertThat(this.mongo.getCollection("heart_rate_samples").countDocuments()).isEqualTo(count);
		Document after = this.mongo.findById("u1:2026-01-05", Document.class, "heart_rate_days");
		assertThat(after).doesNotContainKey("samples")
			.containsEntry("version", before.get("version"))
			.containsEntry("hourCount", 1)
			.containsEntry("sumBpm",
					everyMinute(first.plusDays(4).atTime(8, 0), 34).stream().mapToLong(HeartRateSample::bpm).sum());
		assertThat(this.mongo.findById("u1:2026-01-05", Document.class, "heart_rate_samples"))
			.containsEntry("writeToken", after.getString("writeToken"))
			.containsEntry("version", before.get("version"));
		assertThat(this.days.samples("u1", first.plusDays(4)))
			.isEqualTo(everyMinute(first.plusDays(4).atTime(8, 0), 34));
		assertThat(this.migration.migrate()).isZero();
	}

	@Test
	void sumsDaysWithoutSamplesAndDaysWhoseSamplesMovedAlready() {
		this.store.restingHeartRate("u1", LocalDate.parse("2026-01-01"), 52, source());
		this.store.merge("u1", everyMinute(LocalDateTime.parse("2026-01-02T08:00:00"), 10), source());
		this.mongo.getCollection("heart_rate_days")
			.updateMany(new Document(), new Document("$unset", new Document("sumBpm", "")));
		assertThat(this.migration.migrate()).isEqualTo(2);
		assertThat(this.mongo.findById("u1:2026-01-01", Document.class, "heart_rate_days")).containsEntry("sumBpm", 0L);
		assertThat(this.mongo.findById("u1:2026-01-02", Document.class, "heart_rate_days")).containsEntry("sumBpm",
				everyMinute(LocalDateTime.parse("2026-01-02T08:00:00"), 10).stream()
					.mapToLong(HeartRateSample::bpm)
					.sum());
	}

	@Test
	void keepsASamplesDocumentThatALaterWriteCreated() {
		LocalDateTime start = LocalDateTime.parse("2026-01-02T08:00:00");
		this.store.merge("u1", everyMinute(start, 10), source());
		Document newer = this.mongo.findById("u1:2026-01-02", Document.class, "heart_rate_samples");
		moveTheSamplesBack(this.mongo, "u1:2026-01-02");
		this.mongo.getCollection("heart_rate_samples").insertOne(newer);
		this.migration.migrate();
		assertThat(this.mongo.findById("u1:2026-01-02", Document.class, "heart_rate_samples")).isEqualTo(newer);
		assertThat(this.mongo.findById("u1:2026-01-02", Document.class, "heart_rate_days"))
			.doesNotContainKey("samples");
	}

	@Test
	void runsOnStartUpWithoutStoppingTheServiceOnAnEmptyDatabase() {
		this.migration.afterSingletonsInstantiated();
		assertThat(this.mongo.getCollection("heart_rate_samples").countDocuments()).isZero();
		assertThat(this.mongo.getCollection("heart_rate_days").countDocuments()).isZero();
	}

	/**
	 * Turn a day into one written before the samples moved: the samples inside, no
	 * {@code sumBpm}, no samples document.
	 */
	static void moveTheSamplesBack(MongoTemplate mongo, String id) {
		Document samples = mongo.findById(id, Document.class, "heart_rate_samples");
		assertThat(samples).isNotNull();
		mongo.getCollection("heart_rate_days")
			.updateOne(new Document("_id", id), new Document("$set", new Document("samples", samples.get("samples")))
				.append("$unset", new Document("sumBpm", "").append("hourCount", "")));
		mongo.getCollection("heart_rate_samples").deleteOne(new Document("_id", id));
	}

	private static List<HeartRateSample> everyMinute(LocalDateTime start, int minutes) {
		List<HeartRateSample> samples = new ArrayList<>();
		for (int i = 0; i < minutes; i++) {
			ZonedDateTime zoned = start.plusMinutes(i).atZone(BERLIN);
			samples.add(new HeartRateSample(zoned.toInstant(), zoned.getOffset(), 60 + (i % 90)));
		}
		return samples;
	}

	private static Source source() {
		return new Source("fitbit", "export", "run-1", Instant.parse("2026-11-20T10:00:00Z"));
	}

}
