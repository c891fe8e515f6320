package health.falcon.data.insights.baselines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import health.falcon.data.MongoSliceSupport;
import health.falcon.data.api.Insight;
import health.falcon.data.insights.DailySignal;
import health.falcon.data.insights.DailyValues;
import health.falcon.data.insights.InsightRequest;
import health.falcon.data.stored.HeartRateDays;
import health.falcon.data.stored.HrvRecordings;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

/**
 * The {@code baselines} insight and its signals on mongo-java-server, with resting heart
 * rates and HRV recordings written as fitbit-service and dropbox-ingest write them.
 */
@Import({ BaselinesCalculator.class, BaselinesRepository.class, BaselineSignalsConfiguration.class })
class BaselinesCalculatorTests extends MongoSliceSupport {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final LocalDate TODAY = LocalDate.parse("2026-03-31");

	@Autowired
	private BaselinesCalculator calculator;

	@Autowired
	@Qualifier("restingHeartRateSignal")
	private DailySignal resting;

	@Autowired
	@Qualifier("rmssdSignal")
	private DailySignal rmssd;

	@Test
	void flagsRecoveryWhenRestingHeartRateIsUpAndHrvDownTogether() {
		// 01-01 to 03-24 alternate 50/54 bpm and 40/50 ms; from 03-25 on 60 bpm and 25 ms
		LocalDate day = LocalDate.parse("2026-01-01");
		for (int i = 0; day.isBefore(LocalDate.parse("2026-03-25")); i++, day = day.plusDays(1)) {
			write("demo", day, (i % 2 == 0) ? 50 : 54, (i % 2 == 0) ? 40.0 : 50.0);
		}
		for (; !day.isAfter(TODAY); day = day.plusDays(1)) {
			write("demo", day, 60, 25.0);
		}
		Insight insight = this.calculator.compute(request("demo"));
		BaselinesDetail detail = (BaselinesDetail) insight.detail();
		assertThat(insight.status()).isEqualTo(Insight.OK);
		assertThat(insight.missing()).isEmpty();
		assertThat(detail.from()).isEqualTo(LocalDate.parse("2026-03-25"));
		assertThat(detail.baselineFrom()).isEqualTo(LocalDate.parse("2026-01-24"));
		assertThat(detail.baselineTo()).isEqualTo(LocalDate.parse("2026-03-24"));
		// 60 days alternating 50/54: mean 52, SD √(60 × 4 / 59) = 2.016878
		assertThat(detail.restingHeartRate().range()).isEqualTo(new NormalRange(52.0, 2.017, 49.983, 54.017, 60));
		assertThat(detail.restingHeartRate().rolling7()).isEqualTo(60.0);
		assertThat(detail.restingHeartRate().flag()).isEqualTo("above");
		// ln: mean (3.688879 + 3.912023) / 2 = 3.800451, SD 0.112513; ln 25 = 3.218876
		assertThat(detail.rmssd().range().mean()).isCloseTo(3.800, within(0.001));
		assertThat(detail.rmssd().range().sd()).isCloseTo(0.113, within(0.001));
		assertThat(detail.rmssd().rolling7()).isEqualTo(3.219);
		assertThat(detail.rmssd().rolling7Raw()).isEqualTo(25.0);
		assertThat(detail.rmssd().flag()).isEqualTo("below");
		// the resting 7-day mean first passes 54.017 on 03-27: (54 + 50 + 54 + 50 + 3 ×
		// 60) / 7
		// = 55.43; ln RMSSD is below from 03-26 on: together from 03-27 to today
		assertThat(detail.recovery())
			.isEqualTo(new BaselinesDetail.Recovery(true, 3, LocalDate.parse("2026-03-27"), TODAY, 5, true));
		assertThat(detail.restingHeartRate().days()).hasSize(14);
		assertThat(insight.summary()).contains("Recovery: resting heart rate up and HRV down together for 5 days");
	}

	@Test
	void usesTheFirstRecordingOfEachLocalDayAcrossTheSpringForwardNight() {
		// 01:30 CET on 03-29 (00:30Z) and 20:00 CEST the same day; 23:30 CET on 03-28
		// (22:30Z)
		HrvRecordings.write(this.template, "demo", "a", Instant.parse("2026-03-29T00:30:00Z"), BERLIN, 31.0, 30.0);
		HrvRecordings.write(this.template, "demo", "b", Instant.parse("2026-03-29T18:00:00Z"), BERLIN, 90.0, 90.0);
		HrvRecordings.write(this.template, "demo", "c", Instant.parse("2026-03-28T22:30:00Z"), BERLIN, null, 44.0);
		HeartRateDays.resting(this.template, "demo", LocalDate.parse("2026-03-29"), 51);
		DailyValues values = this.rmssd.values(request("demo"), LocalDate.parse("2026-03-27"), TODAY);
		assertThat(values.byDate()).containsExactly(entry(LocalDate.parse("2026-03-28"), 44.0),
				entry(LocalDate.parse("2026-03-29"), 31.0));
		assertThat(values.sources()).containsExactly("dropbox/upload");
		assertThat(this.resting.values(request("demo"), LocalDate.parse("2026-03-27"), TODAY).byDate())
			.containsOnlyKeys(LocalDate.parse("2026-03-29"));
		BaselinesDetail detail = (BaselinesDetail) this.calculator.compute(request("demo")).detail();
		BaselineRow springForward = detail.rmssd()
			.days()
			.stream()
			.filter((row) -> row.date().equals(LocalDate.parse("2026-03-29")))
			.findFirst()
			.orElseThrow();
		assertThat(springForward.raw()).isEqualTo(31.0);
		assertThat(springForward.value()).isEqualTo(3.434);
		BaselineRow gap = detail.rmssd().days().get(13);
		assertThat(gap.date()).isEqualTo(TODAY);
		assertThat(gap.raw()).isNull();
	}

	@Test
	void saysWhatIsMissingWithTooFewBaselineDays() {
		for (int i = 0; i < 10; i++) {
			write("demo", LocalDate.parse("2026-03-01").plusDays(i), 50, 40.0);
		}
		write("demo", TODAY, 55, 30.0);
		Insight insight = this.calculator.compute(request("demo"));
		assertThat(insight.status()).isEqualTo(Insight.INSUFFICIENT_DATA);
		assertThat(insight.missing()).containsExactly(
				"resting heart rate: at least 14 days with a value between 2026-01-24 and 2026-03-24 (the baseline window), 10 found",
				"resting heart rate: at least 3 days with a value between 2026-03-25 and 2026-03-31 (the last 7 days), 1 found",
				"HRV (RMSSD): at least 14 days with a value between 2026-01-24 and 2026-03-24 (the baseline window), 10 found",
				"HRV (RMSSD): at least 3 days with a value between 2026-03-25 and 2026-03-31 (the last 7 days), 1 found");
		BaselinesDetail detail = (BaselinesDetail) insight.detail();
		assertThat(detail.restingHeartRate().status()).isEqualTo(Insight.INSUFFICIENT_DATA);
		assertThat(detail.recovery().flagged()).isFalse();
	}

	@Test
	void neverUsesAnotherUsersData() {
		LocalDate day = LocalDate.parse("2026-01-01");
		for (; !day.isAfter(TODAY); day = day.plusDays(1)) {
			write("alex", day, 50, 40.0);
		}
		Insight insight = this.calculator.compute(request("demo"));
		assertThat(insight.status()).isEqualTo(Insight.INSUFFICIENT_DATA);
		assertThat(insight.inputs()).allSatisfy((input) -> assertThat(input.count()).isZero());
		assertThat(this.resting.values(request("demo"), LocalDate.parse("2026-01-01"), TODAY).byDate()).isEmpty();
		assertThat(this.rmssd.values(request("demo"), LocalDate.parse("2026-01-01"), TODAY).byDate()).isEmpty();
	}

	private void write(String userId, LocalDate day, int restingBpm, double rmssdMs) {
		HeartRateDays.resting(this.template, userId, day, restingBpm);
		HrvRecordings.write(this.template, userId, "sha-" + day, day.atTime(7, 0).atZone(BERLIN).toInstant(), BERLIN,
				rmssdMs, rmssdMs);
	}

	private static InsightRequest request(String userId) {
		return new InsightRequest(userId, BERLIN, false, TODAY, Instant.parse("2026-03-31T10:00:00Z"));
	}

}
