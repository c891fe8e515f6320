package health.falcon.fitbit.heartrate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

class MongoHeartRateStoreTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final MongoServer server = new MongoServer(new MemoryBackend());

	private static final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	private final MongoTemplate mongo = new MongoTemplate(client, "falcon");

	private MongoHeartRateStore store;

	private HeartRateDays days;

	@BeforeEach
	void clean() {
		this.mongo.getDb().drop();
		this.store = new MongoHeartRateStore(this.mongo, Clock.systemUTC());
		this.days = new HeartRateDays(this.mongo);
	}

	@AfterAll
	static void stop() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void createsTheIndexReadersSelectDaysBy() {
		assertThat(this.mongo.indexOps("heart_rate_days").getIndexInfo())
			.anySatisfy((index) -> assertThat(index.getName()).isEqualTo("user_date"));
		assertThat(this.mongo.indexOps("heart_rate_samples").getIndexInfo())
			.anySatisfy((index) -> assertThat(index.getName()).isEqualTo("user_date"));
	}

	@Test
	void storesOneDocumentPerLocalDayWithRollups() {
		List<HeartRateSample> samples = everyMinute(LocalDateTime.parse("2026-06-01T00:00:00"), 24 * 60, BERLIN);
		assertThat(this.store.merge("u1", samples, source("api"))).isOne();
		Document stored = this.mongo.findById("u1:2026-06-01", Document.class, "heart_rate_days");
		assertThat(stored).isNotNull();
		assertThat(stored).containsEntry("userId", "u1")
			.containsEntry("localDate", "2026-06-01")
			.containsEntry("sampleCount", 1440)
			.containsEntry("zoneChanged", false)
			.containsEntry("version", 1L);
		assertThat(stored.getList("offsets", String.class)).containsExactly("+02:00");
		HeartRateDays.Day day = this.days.read("u1", LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-01"))
			.get(0);
		assertThat(day.minutes()).hasSize(1440);
		assertThat(day.minutes().get(0).start()).isEqualTo(Instant.parse("2026-05-31T22:00:00Z"));
		assertThat(this.days.samples("u1", LocalDate.parse("2026-06-01"))).isEqualTo(samples);
	}

	@Test
	void mergingTheSameSamplesAgainChangesNothing() {
		List<HeartRateSample> samples = everyMinute(LocalDateTime.parse("2026-06-01T22:00:00"), 240, BERLIN);
		assertThat(this.store.merge("u1", samples, source("export"))).isEqualTo(2);
		Document before = this.mongo.findById("u1:2026-06-02", Document.class, "heart_rate_days");
		assertThat(this.store.merge("u1", samples, source("export"))).isZero();
		assertThat(this.store.merge("u1", samples, source("api"))).isZero();
		assertThat(this.mongo.findById("u1:2026-06-02", Document.class, "heart_rate_days")).isEqualTo(before);
	}

	@Test
	void mergesLateSamplesAndLetsTheLaterSourceWinASecond() {
		LocalDateTime start = LocalDateTime.parse("2026-06-01T08:00:00");
		this.store.merge("u1", everyMinute(start, 60, BERLIN), source("api"));
		List<HeartRateSample> late = new ArrayList<>(everyMinute(start.plusSeconds(30), 60, BERLIN));
		late.add(sample(start, BERLIN, 150));
		assertThat(this.store.merge("u1", late, source("export"))).isOne();
		List<HeartRateSample> stored = this.days.samples("u1", LocalDate.parse("2026-06-01"));
		assertThat(stored).hasSize(120);
		assertThat(stored.get(0).bpm()).isEqualTo(150);
		Document document = this.mongo.findById("u1:2026-06-01", Document.class, "heart_rate_days");
		assertThat(document).containsEntry("version", 2L);
		assertThat(document.getList("sources", Document.class)).extracting((source) -> source.get("sourceId"))
			.containsExactly("api", "export");
	}

	@Test
	void aSpringForwardDayHas23Hours() {
		List<HeartRateSample> samples = everySecondOfDay(LocalDate.parse("2026-03-29"), BERLIN);
		assertThat(samples).hasSize(23 * 3600);
		this.store.merge("u1", samples, source("api"));
		HeartRateDays.Day day = this.days.read("u1", LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-29"))
			.get(0);
		assertThat(day.sampleCount()).isEqualTo(23 * 3600);
		assertThat(day.minutes()).hasSize(23 * 60);
		assertThat(day.offsets()).containsExactly("+01:00", "+02:00");
		assertThat(this.days.samples("u1", LocalDate.parse("2026-03-29"))).isEqualTo(samples);
		assertThat(this.mongo.getCollection("heart_rate_days").countDocuments()).isOne();
	}

	@Test
	void aFallBackDayHas25HoursAndKeepsBothHalvesOfTheRepeatedHour() {
		List<HeartRateSample> samples = everySecondOfDay(LocalDate.parse("2026-10-25"), BERLIN);
		assertThat(samples).hasSize(25 * 3600);
		this.store.merge("u1", samples, source("api"));
		HeartRateDays.Day day = this.days.read("u1", LocalDate.parse("2026-10-25"), LocalDate.parse("2026-10-25"))
			.get(0);
		assertThat(day.sampleCount()).isEqualTo(25 * 3600);
		assertThat(day.minutes()).hasSize(25 * 60);
		assertThat(day.minutes().get(2 * 60).offset()).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(day.minutes().get(3 * 60).offset()).isEqualTo(ZoneOffset.ofHours(1));
		assertThat(this.days.samples("u1", LocalDate.parse("2026-10-25"))).isEqualTo(samples);
	}

	@Test
	void aFlightFromBerlinToNewYorkMovesTheDayBoundary() {
		// 06:00-12:00 in Berlin, a flight, then 15:00 in New York until 01:00 on
		// the next New York day
		List<HeartRateSample> samples = new ArrayList<>(
				everyMinute(LocalDateTime.parse("2026-06-01T06:00:00"), 6 * 60, BERLIN));
		samples.addAll(everyMinute(LocalDateTime.parse("2026-06-01T15:00:00"), 10 * 60, NEW_YORK));
		assertThat(this.store.merge("u1", samples, source("api"))).isEqualTo(2);
		List<HeartRateDays.Day> stored = this.days.read("u1", LocalDate.parse("2026-06-01"),
				LocalDate.parse("2026-06-02"));
		assertThat(stored).extracting(HeartRateDays.Day::localDate)
			.containsExactly(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-02"));
		assertThat(stored.get(0).sampleCount()).isEqualTo(6 * 60 + 9 * 60);
		assertThat(stored.get(0).offsets()).containsExactly("+02:00", "-04:00");
		assertThat(stored.get(0).zoneChanged()).isTrue();
		assertThat(stored.get(1).sampleCount()).isEqualTo(60);
		assertThat(stored.get(1).offsets()).containsExactly("-04:00");
		// in UTC the New York evening is already 2 June, but it belongs to the
		// local 1 June
		assertThat(stored.get(0).minutes().get(stored.get(0).minutes().size() - 1).start())
			.isEqualTo(Instant.parse("2026-06-02T03:59:00Z"));
	}

	@Test
	void recordsRestingHeartRateAndIgnoresNullDays() {
		LocalDate day = LocalDate.parse("2026-06-01");
		this.store.restingHeartRate("u1", day, 55, source("export"));
		this.store.restingHeartRate("u1", day, null, source("export"));
		this.store.restingHeartRate("u1", LocalDate.parse("2026-06-02"), null, source("export"));
		this.store.merge("u1", everyMinute(LocalDateTime.parse("2026-06-01T08:00:00"), 10, BERLIN), source("api"));
		List<HeartRateDays.Day> stored = this.days.read("u1", day, day.plusDays(1));
		assertThat(stored).hasSize(1);
		assertThat(stored.get(0).restingBpm()).isEqualTo(55);
		assertThat(stored.get(0).sampleCount()).isEqualTo(10);
		Document document = this.mongo.findById("u1:2026-06-01", Document.class, "heart_rate_days");
		assertThat(document.get("restingSource", Document.class)).containsEntry("sourceId", "export");
	}

	@Test
	void removesTheSamplesOfAnIntervalAndRecomputesTheRollupsIdempotently() {
		LocalDate june1 = LocalDate.parse("2026-06-01");
		List<HeartRateSample> samples = everyMinute(LocalDateTime.parse("2026-06-01T23:00:00"), 120, BERLIN);
		this.store.merge("u1", samples, source("api"));
		this.store.restingHeartRate("u1", june1, 55, source("api"));
		// 23:30 to 00:30 Berlin time: the end of June 1 and the start of June 2
		Instant from = Instant.parse("2026-06-01T21:30:00Z");
		Instant to = Instant.parse("2026-06-01T22:30:00Z");
		assertThat(this.store.remove("u1", from, to, source("api-delete"))).isEqualTo(2);
		List<HeartRateSample> left = new ArrayList<>(this.days.samples("u1", june1));
		left.addAll(this.days.samples("u1", june1.plusDays(1)));
		assertThat(left).hasSize(60)
			.allSatisfy(
					(sample) -> assertThat(sample.instant().isBefore(from) || !sample.instant().isBefore(to)).isTrue());
		HeartRateDays.Day day = this.days.read("u1", june1, june1).get(0);
		assertThat(day.sampleCount()).isEqualTo(30);
		assertThat(day.minutes()).hasSize(30);
		assertThat(day.restingBpm()).isEqualTo(55);
		Document before = this.mongo.findById("u1:2026-06-02", Document.class, "heart_rate_days");
		assertThat(this.store.remove("u1", from, to, source("api-delete"))).isZero();
		assertThat(this.mongo.findById("u1:2026-06-02", Document.class, "heart_rate_days")).isEqualTo(before);
		assertThat(this.store.remove("u1", Instant.parse("2026-06-05T00:00:00Z"), Instant.parse("2026-06-06T00:00:00Z"),
				source("api-delete")))
			.isZero();
		assertThat(this.mongo.getCollection("heart_rate_days").countDocuments()).isEqualTo(2);
	}

	@Test
	void removingEverySampleOfADayKeepsItsRestingHeartRate() {
		LocalDate day = LocalDate.parse("2026-06-01");
		this.store.merge("u1", everyMinute(LocalDateTime.parse("2026-06-01T08:00:00"), 10, BERLIN), source("api"));
		this.store.restingHeartRate("u1", day, 57, source("api"));
		assertThat(this.store.remove("u1", Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-06-02T00:00:00Z"),
				source("api-delete")))
			.isOne();
		HeartRateDays.Day stored = this.days.read("u1", day, day).get(0);
		assertThat(stored.sampleCount()).isZero();
		assertThat(stored.minutes()).isEmpty();
		assertThat(stored.restingBpm()).isEqualTo(57);
		assertThat(this.store.clearRestingHeartRate("u1", List.of(day, day.plusDays(1)))).isOne();
		assertThat(this.store.clearRestingHeartRate("u1", List.of(day))).isZero();
		assertThat(this.days.read("u1", day, day).get(0).restingBpm()).isNull();
	}

	@Test
	void keepsUsersApartAndPurgesOnlyTheOwner() {
		this.store.merge("u1", everyMinute(LocalDateTime.parse("2026-06-01T08:00:00"), 10, BERLIN), source("api"));
		this.store.merge("u2", everyMinute(LocalDateTime.parse("2026-06-01T08:00:00"), 5, BERLIN), source("api"));
		assertThat(this.days.read("u2", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"))).singleElement()
			.extracting(HeartRateDays.Day::sampleCount)
			.isEqualTo(5);
		assertThat(this.store.purge("u1")).isOne();
		assertThat(this.days.samples("u1", LocalDate.parse("2026-06-01"))).isEmpty();
		assertThat(this.days.samples("u2", LocalDate.parse("2026-06-01"))).hasSize(5);
	}

	@Test
	void concurrentMergesIntoTheSameDayLoseNothing() throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> futures = new ArrayList<>();
			for (int writer = 0; writer < 4; writer++) {
				LocalDateTime start = LocalDateTime.parse("2026-06-01T08:00:00").plusSeconds(writer * 10L);
				futures.add(executor.submit(() -> this.store.merge("u1", everyMinute(start, 120, BERLIN),
						source("w" + start.getSecond()))));
			}
			for (Future<Integer> future : futures) {
				assertThat(future.get()).isOne();
			}
		}
		finally {
			executor.shutdown();
		}
		assertThat(this.days.samples("u1", LocalDate.parse("2026-06-01"))).hasSize(4 * 120);
	}

	@Test
	void keepsTheSamplesInTheirOwnCollectionAndSumsThemInTheDay() {
		List<HeartRateSample> samples = everyMinute(LocalDateTime.parse("2026-06-01T08:00:00"), 60, BERLIN);
		this.store.merge("u1", samples, source("api"));
		Document day = this.mongo.findById("u1:2026-06-01", Document.class, "heart_rate_days");
		Document stored = this.mongo.findById("u1:2026-06-01", Document.class, "heart_rate_samples");
		assertThat(day).doesNotContainKey("samples")
			.containsEntry("sumBpm", samples.stream().mapToLong(HeartRateSample::bpm).sum())
			.containsEntry("minBpm", 60)
			.containsEntry("maxBpm", 119)
			.containsEntry("hourCount", 1);
		assertThat(stored).containsEntry("userId", "u1")
			.containsEntry("localDate", "2026-06-01")
			.containsEntry("version", 1L)
			.containsEntry("writeToken", day.getString("writeToken"))
			.containsKeys("samples", "offsetRuns");
	}

	@Test
	void aCrashBetweenTheSamplesAndTheDayIsRepairedByTheNextMergeOfThatDay() {
		LocalDateTime start = LocalDateTime.parse("2026-06-01T08:00:00");
		List<HeartRateSample> first = everyMinute(start, 60, BERLIN);
		List<HeartRateSample> second = everyMinute(start.plusHours(2), 60, BERLIN);
		this.store.merge("u1", first, source("api"));
		crashAfterTheSamples("u1:2026-06-01", first, second);
		Document stale = this.mongo.findById("u1:2026-06-01", Document.class, "heart_rate_days");
		assertThat(stale).containsEntry("sampleCount", 60);
		assertThat(this.days.samples("u1", LocalDate.parse("2026-06-01"))).hasSize(120);
		// the retried import brings nothing new, yet the day is rewritten from the
		// samples
		assertThat(this.store.merge("u1", second, source("api"))).isOne();
		Document repaired = this.mongo.findById("u1:2026-06-01", Document.class, "heart_rate_days");
		assertThat(repaired).containsEntry("sampleCount", 120).containsEntry("version", 3L);
		assertThat(this.days.read("u1", LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-01")).get(0).minutes())
			.hasSize(120);
		assertThat(this.store.merge("u1", second, source("api"))).isZero();
	}

	@Test
	void aCrashBetweenTheSamplesAndTheDayLosesNoSampleOfALaterMerge() {
		LocalDateTime start = LocalDateTime.parse("2026-06-01T08:00:00");
		List<HeartRateSample> first = everyMinute(start, 60, BERLIN);
		this.store.merge("u1", first, source("api"));
		crashAfterTheSamples("u1:2026-06-01", first, everyMinute(start.plusHours(2), 60, BERLIN));
		this.store.restingHeartRate("u1", LocalDate.parse("2026-06-01"), 55, source("api"));
		assertThat(this.store.merge("u1", everyMinute(start.plusHours(4), 60, BERLIN), source("api"))).isOne();
		assertThat(this.days.samples("u1", LocalDate.parse("2026-06-01"))).hasSize(180);
		assertThat(this.mongo.findById("u1:2026-06-01", Document.class, "heart_rate_days"))
			.containsEntry("sampleCount", 180)
			.containsEntry("restingBpm", 55);
	}

	@Test
	void mergesIntoADayWrittenBeforeTheSamplesMoved() {
		LocalDateTime start = LocalDateTime.parse("2026-06-01T08:00:00");
		this.store.merge("u1", everyMinute(start, 60, BERLIN), source("api"));
		HeartRateDaysMigrationTests.moveTheSamplesBack(this.mongo, "u1:2026-06-01");
		assertThat(this.days.samples("u1", LocalDate.parse("2026-06-01"))).hasSize(60);
		assertThat(this.store.merge("u1", everyMinute(start.plusHours(2), 60, BERLIN), source("api"))).isOne();
		assertThat(this.mongo.findById("u1:2026-06-01", Document.class, "heart_rate_days")).doesNotContainKey("samples")
			.containsEntry("sampleCount", 120)
			.containsKey("sumBpm");
		assertThat(this.days.samples("u1", LocalDate.parse("2026-06-01"))).hasSize(120);
	}

	/**
	 * Leave the samples of {@code first} and {@code second} as a merge of {@code second}
	 * writes them, without its write of the day: the same merge in another database,
	 * whose samples document is copied over.
	 */
	private void crashAfterTheSamples(String id, List<HeartRateSample> first, List<HeartRateSample> second) {
		MongoTemplate other = new MongoTemplate(client, "crash");
		other.getDb().drop();
		MongoHeartRateStore elsewhere = new MongoHeartRateStore(other, Clock.systemUTC());
		elsewhere.merge("u1", first, source("api"));
		elsewhere.merge("u1", second, source("api"));
		Document samples = other.findById(id, Document.class, "heart_rate_samples");
		assertThat(samples).containsEntry("version", 2L);
		this.mongo.getCollection("heart_rate_samples").replaceOne(new Document("_id", id), samples);
	}

	private static List<HeartRateSample> everyMinute(LocalDateTime start, int minutes, ZoneId zone) {
		List<HeartRateSample> samples = new ArrayList<>();
		for (int i = 0; i < minutes; i++) {
			samples.add(sample(start.plusMinutes(i), zone, 60 + (i % 90)));
		}
		return samples;
	}

	private static List<HeartRateSample> everySecondOfDay(LocalDate day, ZoneId zone) {
		List<HeartRateSample> samples = new ArrayList<>();
		Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
		for (Instant at = day.atStartOfDay(zone).toInstant(); at.isBefore(end); at = at.plusSeconds(1)) {
			samples.add(new HeartRateSample(at, zone.getRules().getOffset(at), 50 + (int) (at.getEpochSecond() % 100)));
		}
		return samples;
	}

	private static HeartRateSample sample(LocalDateTime local, ZoneId zone, int bpm) {
		ZonedDateTime zoned = local.atZone(zone);
		return new HeartRateSample(zoned.toInstant(), zoned.getOffset(), bpm);
	}

	private static Source source(String id) {
		return new Source("fitbit", id, "run-1", Instant.parse("2026-11-20T10:00:00Z"));
	}

}
