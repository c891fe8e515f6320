package health.falcon.data.insights;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import health.falcon.data.MongoSliceSupport;
import health.falcon.data.api.Insight;
import health.falcon.data.api.InsightInput;
import health.falcon.data.api.Insights;
import health.falcon.documents.settings.UserZones;
import health.falcon.testsupport.MutableClock;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link InsightsService} against mongo-java-server with two counting calculators: the
 * second call is answered from the cache, and new data (a sync run, an import, a changed
 * setting) or a new day in the user's zone recomputes; a failing calculator is answered
 * {@code unavailable} without taking the others down, and such an answer is not cached.
 */
@Import({ InsightsService.class, InsightCache.class, DataVersions.class, UserZones.class,
		InsightsServiceTests.Calculators.class })
class InsightsServiceTests extends MongoSliceSupport {

	/**
	 * 2026-03-29 01:30 UTC: 03:30 in Berlin (after the spring change), 19:30 the day
	 * before in Denver.
	 */
	private static final Instant NOW = Instant.parse("2026-03-29T01:30:00Z");

	@Autowired
	private InsightsService service;

	@Autowired
	private Calculators calculators;

	@Autowired
	private MutableClock clock;

	@BeforeEach
	void reset() {
		this.clock.set(NOW);
		this.calculators.steps.set(0);
		this.calculators.fail = false;
		this.template.save(new Document("_id", "ana").append("timeZone", "Europe/Berlin")
			.append("updatedAt", Date.from(NOW.minus(Duration.ofDays(3)))), "user_settings");
	}

	@Test
	void answersEveryKindInOrderForTheUsersToday() {
		Insights insights = this.service.insights("ana");
		assertThat(insights.zone()).isEqualTo("Europe/Berlin");
		assertThat(insights.today()).isEqualTo(LocalDate.of(2026, 3, 29));
		assertThat(insights.insights()).extracting(Insight::kind).containsExactly("steps", "flaky");
		assertThat(insights.insights().get(0).detail()).isEqualTo(Map.of("user", "ana", "today", "2026-03-29"));
	}

	@Test
	void computesTodayInTheUsersOwnZone() {
		this.template.save(new Document("_id", "ana").append("timeZone", "America/Denver"), "user_settings");
		assertThat(this.service.insights("ana").today()).isEqualTo(LocalDate.of(2026, 3, 28));
	}

	@Test
	void answersTheSecondCallFromTheCache() {
		Insights first = this.service.insights("ana");
		Insights second = this.service.insights("ana");
		assertThat(this.calculators.steps).hasValue(1);
		assertThat(second).isEqualTo(first);
		assertThat(this.template.getCollection(InsightCache.COLLECTION).countDocuments()).isOne();
	}

	@Test
	void recomputesWhenASyncRunStampsAConnection() {
		this.service.insights("ana");
		this.template.save(new Document("_id", "ana:fitbit").append("userId", "ana")
			.append("provider", "fitbit")
			.append("updatedAt", Date.from(NOW)), "connections");
		this.service.insights("ana");
		assertThat(this.calculators.steps).hasValue(2);
	}

	@Test
	void recomputesWhenAnImportMovesOn() {
		Document file = new Document("_id", "f1").append("userId", "ana").append("updatedAt", Date.from(NOW));
		this.template.save(file, "imported_files");
		this.service.insights("ana");
		this.template.save(file.append("updatedAt", Date.from(NOW.plusSeconds(5))), "imported_files");
		this.service.insights("ana");
		this.service.insights("ana");
		assertThat(this.calculators.steps).hasValue(2);
	}

	@Test
	void recomputesWhenTheSettingsChange() {
		this.service.insights("ana");
		this.template.save(new Document("_id", "ana").append("timeZone", "Europe/Berlin")
			.append("units", "imperial")
			.append("updatedAt", Date.from(NOW)), "user_settings");
		this.service.insights("ana");
		assertThat(this.calculators.steps).hasValue(2);
	}

	@Test
	void recomputesOnANewDayInTheUsersZone() {
		this.service.insights("ana");
		this.clock.set(Instant.parse("2026-03-29T21:59:00Z"));
		this.service.insights("ana");
		assertThat(this.calculators.steps).hasValue(1);
		this.clock.set(Instant.parse("2026-03-29T22:00:00Z"));
		assertThat(this.service.insights("ana").today()).isEqualTo(LocalDate.of(2026, 3, 30));
		assertThat(this.calculators.steps).hasValue(2);
	}

	@Test
	void ignoresAnotherUsersNewData() {
		this.service.insights("ana");
		this.template.save(
				new Document("_id", "ben:fitbit").append("userId", "ben").append("updatedAt", Date.from(NOW)),
				"connections");
		this.template.save(new Document("_id", "f2").append("userId", "ben").append("updatedAt", Date.from(NOW)),
				"imported_files");
		this.service.insights("ana");
		assertThat(this.calculators.steps).hasValue(1);
	}

	@Test
	void answersAFailingKindUnavailableAndDoesNotCacheIt() {
		this.calculators.fail = true;
		Insights insights = this.service.insights("ana");
		assertThat(insights.insights()).extracting(Insight::kind, Insight::status)
			.containsExactly(tuple("steps", Insight.OK), tuple("flaky", InsightsService.UNAVAILABLE));
		assertThat(this.template.getCollection(InsightCache.COLLECTION).countDocuments()).isZero();
		this.calculators.fail = false;
		assertThat(this.service.insight("ana", "flaky").status()).isEqualTo(Insight.OK);
		assertThat(this.calculators.steps).hasValue(2);
	}

	@Test
	void refusesAnUnknownKind() {
		assertThatExceptionOfType(UnknownInsightException.class).isThrownBy(() -> this.service.insight("ana", "mood"))
			.satisfies((ex) -> assertThat(ex.getType().toString()).endsWith("unknown-insight"));
	}

	@Test
	void forgetsOnlyTheUsersOwnCache() {
		this.service.insights("ana");
		this.service.insights("ben");
		assertThat(this.service.forget("ana")).isOne();
		assertThat(this.service.forget("ana")).isZero();
		assertThat(this.template.getCollection(InsightCache.COLLECTION).countDocuments()).isOne();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Calculators {

		final AtomicInteger steps = new AtomicInteger();

		volatile boolean fail;

		@Bean
		MutableClock clock() {
			return new MutableClock(NOW);
		}

		@Bean
		JsonMapper jsonMapper() {
			return JsonMapper.builder().findAndAddModules().build();
		}

		@Bean
		InsightCalculator flaky() {
			return calculator("flaky", 20, () -> {
				if (this.fail) {
					throw new IllegalStateException("systolic 180");
				}
			});
		}

		@Bean
		InsightCalculator steps() {
			return calculator("steps", 10, this.steps::incrementAndGet);
		}

		private static InsightCalculator calculator(String kind, int order, Runnable onCompute) {
			return new InsightCalculator() {

				@Override
				public String kind() {
					return kind;
				}

				@Override
				public int order() {
					return order;
				}

				@Override
				public Insight compute(InsightRequest request) {
					onCompute.run();
					return new Insight(kind, kind, Insight.OK, "A summary.", List.of("x = y"),
							List.of(new InsightInput("steps", request.today(), request.today(), 1,
									List.of("fitbit/api"))),
							List.of(), Map.of("user", request.userId(), "today", request.today()));
				}

			};
		}

	}

}
