package health.falcon.data.insights.correlations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

import health.falcon.data.api.Insight;
import health.falcon.data.insights.DailySignal;
import health.falcon.data.insights.DailyValues;
import health.falcon.data.insights.InsightRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The correlations on fake {@link DailySignal}s: a known relation at a lag of one day is
 * found at that lag, pure noise shows no finding after the correction, fewer than 20
 * paired days show none, and a pair whose signal nobody publishes is skipped and named.
 */
class CorrelationsCalculatorTests {

	private static final LocalDate TODAY = LocalDate.parse("2026-10-25");

	private static final InsightRequest REQUEST = new InsightRequest("demo", ZoneId.of("Europe/Berlin"), false, TODAY,
			Instant.parse("2026-10-25T10:00:00Z"));

	@Test
	void findsAMonotoneRelationAtTheLagItHas() {
		Random random = new Random(7);
		SortedMap<LocalDate, Double> sodium = new TreeMap<>();
		SortedMap<LocalDate, Double> systolic = new TreeMap<>();
		for (int day = 0; day < 120; day++) {
			sodium.put(TODAY.minusDays(day), 1500 + 2000 * random.nextDouble());
		}
		// Systolic pressure is a monotone function of the day before's sodium, plus a
		// little noise.
		sodium.forEach((date, mg) -> systolic.put(date.plusDays(1), 100 + Math.sqrt(mg) + random.nextGaussian()));
		systolic.remove(TODAY.plusDays(1));
		Insight insight = calculator(signal("sodium", "sodium intake", "mg", sodium),
				signal("morning-systolic", "morning systolic pressure", "mmHg", systolic))
			.compute(REQUEST);
		assertThat(insight.status()).isEqualTo(Insight.OK);
		CorrelationsDetail detail = (CorrelationsDetail) insight.detail();
		PairResult pair = detail.pairs().get(0);
		assertThat(pair.x()).isEqualTo("sodium");
		assertThat(pair.status()).isEqualTo("finding");
		assertThat(pair.finding().lag()).isEqualTo(1);
		assertThat(pair.finding().rho()).isGreaterThan(0.9);
		assertThat(pair.finding().strength()).isEqualTo("strong");
		assertThat(pair.finding().n()).isEqualTo(119);
		assertThat(pair.finding().sentence())
			.isEqualTo("On days after a higher sodium intake, your morning systolic pressure tends to be higher.");
		assertThat(pair.finding().points()).hasSize(119).first().satisfies((point) -> {
			assertThat(point.yDate()).isEqualTo(point.xDate().plusDays(1));
			assertThat(point.x()).isEqualTo(sodium.get(point.xDate()));
		});
		// The same day's sodium is unrelated to that day's pressure.
		assertThat(pair.lags().get(0).significant()).isFalse();
		assertThat(insight.summary()).contains(pair.finding().sentence()).contains("Correlation is not causation");
		assertThat(detail.caveat()).startsWith("Correlation is not causation");
	}

	@Test
	void showsNoFindingOnPureNoise() {
		Random random = new Random(20261025);
		Map<String, SortedMap<LocalDate, Double>> noise = new TreeMap<>();
		for (String name : List.of("sodium", "sugar", "calories-in", "morning-systolic", "sleep-efficiency", "rmssd",
				"sleep-duration", "resting-heart-rate", "training-load")) {
			SortedMap<LocalDate, Double> values = new TreeMap<>();
			for (int day = 0; day < 183; day++) {
				values.put(TODAY.minusDays(day), random.nextGaussian());
			}
			noise.put(name, values);
		}
		List<DailySignal> signals = new ArrayList<>();
		noise.forEach((name, values) -> signals.add(signal(name, name, "", values)));
		Insight insight = new CorrelationsCalculator(signals).compute(REQUEST);
		CorrelationsDetail detail = (CorrelationsDetail) insight.detail();
		assertThat(detail.tests()).isEqualTo(28);
		assertThat(detail.pairs()).hasSize(7).allSatisfy((pair) -> {
			assertThat(pair.status()).isEqualTo("no-finding");
			assertThat(pair.finding()).isNull();
			assertThat(pair.lags()).hasSize(4).allSatisfy((lag) -> assertThat(lag.n()).isEqualTo(180));
		});
		// Uncorrected, noise this size passes p < 0.05 in about one test of twenty; this
		// seed does
		// so at least once, and the correction removes it.
		assertThat(detail.pairs().stream().flatMap((pair) -> pair.lags().stream()))
			.anySatisfy((lag) -> assertThat(lag.pValue()).isLessThan(0.05));
		assertThat(insight.status()).isEqualTo(Insight.OK);
		assertThat(insight.summary()).startsWith("No relation between your signals stood out from chance");
	}

	@Test
	void testsNothingWithFewerThanTwentyPairedDays() {
		SortedMap<LocalDate, Double> sodium = new TreeMap<>();
		SortedMap<LocalDate, Double> systolic = new TreeMap<>();
		for (int day = 0; day < 19; day++) {
			// A perfect relation, but on 19 days only.
			sodium.put(TODAY.minusDays(day), (double) day);
			systolic.put(TODAY.minusDays(day), 120.0 + day);
		}
		Insight insight = calculator(signal("sodium", "sodium intake", "mg", sodium),
				signal("morning-systolic", "morning systolic pressure", "mmHg", systolic))
			.compute(REQUEST);
		assertThat(insight.status()).isEqualTo(Insight.INSUFFICIENT_DATA);
		CorrelationsDetail detail = (CorrelationsDetail) insight.detail();
		assertThat(detail.tests()).isZero();
		PairResult pair = detail.pairs().get(0);
		assertThat(pair.status()).isEqualTo("insufficient-data");
		assertThat(pair.finding()).isNull();
		assertThat(pair.lags()).extracting(LagResult::n).containsExactly(19, 18, 17, 16);
		assertThat(pair.lags()).allSatisfy((lag) -> assertThat(lag.rho()).isNull());
		assertThat(insight.missing())
			.contains("sodium → morning-systolic: at most 19 paired days in the last 180 days, 20 needed.");
	}

	@Test
	void skipsAndNamesAPairWhoseSignalIsNotPublished() {
		Insight insight = calculator(signal("sodium", "sodium intake", "mg", new TreeMap<>())).compute(REQUEST);
		CorrelationsDetail detail = (CorrelationsDetail) insight.detail();
		assertThat(detail.pairs()).extracting((pair) -> pair.x() + "→" + pair.y())
			.containsExactly("sodium→morning-systolic", "sugar→sleep-efficiency", "sugar→rmssd",
					"calories-in→sleep-efficiency", "calories-in→rmssd", "sleep-duration→resting-heart-rate",
					"training-load→rmssd");
		assertThat(detail.pairs()).filteredOn((pair) -> pair.x().equals("training-load"))
			.singleElement()
			.satisfies((pair) -> {
				assertThat(pair.status()).isEqualTo("signal-missing");
				assertThat(pair.lags()).isEmpty();
			});
		assertThat(insight.missing()).contains(
				"sodium → morning-systolic: the signal 'morning-systolic' is not available.",
				"training-load → rmssd: the signal 'training-load' is not available.");
		assertThat(insight.missing())
			.anyMatch((line) -> line.startsWith("Late meals: MyFitnessPal's diary records no meal times"));
		assertThat(insight.missing()).anyMatch((line) -> line.startsWith("Alcohol:"));
	}

	@Test
	void listsASignalThatFailsAndComputesTheRest() {
		Insight insight = calculator(signal("sugar", "sugar intake", "g", new TreeMap<>()), new FailingSignal(),
				signal("sleep-efficiency", "sleep efficiency", "%", new TreeMap<>()))
			.compute(REQUEST);
		CorrelationsDetail detail = (CorrelationsDetail) insight.detail();
		assertThat(detail.pairs()).filteredOn((pair) -> pair.y().equals("rmssd") && pair.x().equals("sugar"))
			.singleElement()
			.satisfies((pair) -> assertThat(pair.status()).isEqualTo("signal-unavailable"));
		assertThat(detail.pairs()).filteredOn((pair) -> pair.y().equals("sleep-efficiency") && pair.x().equals("sugar"))
			.singleElement()
			.satisfies((pair) -> assertThat(pair.status()).isEqualTo("insufficient-data"));
		assertThat(insight.missing()).contains("sugar → rmssd: the signal 'rmssd' could not be read right now.");
	}

	@Test
	void readsEachSignalOnceOverTheWindowAndTheLags() {
		List<LocalDate[]> reads = new ArrayList<>();
		DailySignal sugar = new DailySignal() {

			@Override
			public String name() {
				return "sugar";
			}

			@Override
			public String label() {
				return "sugar intake";
			}

			@Override
			public String unit() {
				return "g";
			}

			@Override
			public DailyValues values(InsightRequest request, LocalDate from, LocalDate to) {
				reads.add(new LocalDate[] { from, to });
				return new DailyValues(new TreeMap<>(), List.of());
			}

		};
		calculator(sugar, signal("rmssd", "RMSSD", "ms", new TreeMap<>()),
				signal("sleep-efficiency", "sleep efficiency", "%", new TreeMap<>()))
			.compute(REQUEST);
		assertThat(reads).singleElement()
			.satisfies((read) -> assertThat(read).containsExactly(TODAY.minusDays(182), TODAY));
	}

	@Test
	void writesTheDetailAsJson() {
		SortedMap<LocalDate, Double> values = new TreeMap<>();
		for (int day = 0; day < 30; day++) {
			values.put(TODAY.minusDays(day), (double) day);
		}
		Insight insight = calculator(signal("sodium", "sodium intake", "mg", values),
				signal("morning-systolic", "morning systolic pressure", "mmHg", values))
			.compute(REQUEST);
		String json = JsonMapper.builder().build().writeValueAsString(insight);
		assertThat(json).contains("\"kind\":\"correlations\"", "\"minimumPairs\":20", "\"falseDiscoveryRate\":0.05",
				"\"correction\":\"benjamini-hochberg\"", "\"status\":\"finding\"", "\"lag\":0",
				"\"points\":[{\"xDate\":\"", "\"sentence\":\"On days with a higher sodium intake, your morning "
						+ "systolic pressure tends to be higher the same day.\"");
	}

	private static CorrelationsCalculator calculator(DailySignal... signals) {
		return new CorrelationsCalculator(List.of(signals));
	}

	private static DailySignal signal(String name, String label, String unit, SortedMap<LocalDate, Double> values) {
		return new FakeSignal(name, label, unit, values);
	}

	private static final class FailingSignal implements DailySignal {

		@Override
		public String name() {
			return "rmssd";
		}

		@Override
		public String label() {
			return "RMSSD";
		}

		@Override
		public String unit() {
			return "ms";
		}

		@Override
		public DailyValues values(InsightRequest request, LocalDate from, LocalDate to) {
			throw new IllegalStateException("the store is down");
		}

	}

	private record FakeSignal(String name, String label, String unit,
			SortedMap<LocalDate, Double> values) implements DailySignal {

		@Override
		public DailyValues values(InsightRequest request, LocalDate from, LocalDate to) {
			return new DailyValues(new TreeMap<>(this.values.subMap(from, to.plusDays(1))),
					List.of("fake/" + this.name));
		}

	}

}
