package health.falcon.dropbox.formats;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

class CardioMoodParserTests {

	private static final String REPORT = """
			CardioMood Report

			Date: \t\t\t4/2/26
			Measurement time:\t11:59 PM - 12:01 AM
			Intervals count:\t5 with 1 artifacts present (20%%)
			Tag: Morning check


			Results:

			Time series parameters:
			HR    =\t58
			mRR   = 1034
			SDNN  = %s
			RMSSD = %s
			pNN50 = %s

			Frequency analysis:
			TP  =\t3120.554100\t\t\t\tln TP  = 8.045766
			LF  =\t1402.100200\tLF%%  =\t44.930000\tln LF = 7.245727

			Spectral indicies:
			LF/HF   =\t\t\t1.167440
			LF norm = LF/(LF+HF)*100%% = 53.860000
			IC = (VLF+LF)/HF = 2.100000
			HRVTi = 12.500000 (step 1/128 s)
			Poincare Plot params:
			SD1/SD2 =\t0.482700
			S   =\tN/A


			The numbers above were calculated using following data:
			   n  timestamp       rr   bpm
			   1               0  1000  60
			   2            1000  1100  55
			   3            2100  1000  60
			   4            3100  1040  58
			   5            4140  not-a-number
			   6            4140  980  61
			""";

	@Test
	void keepsEveryMetricAndTheRrSeries() throws Exception {
		HrvReport report = Samples.cardioMood(REPORT.formatted("47.7", "79.4", "75.0"));
		assertThat(report.start().instant()).isEqualTo(Instant.parse("2026-04-02T21:59:00Z"));
		assertThat(report.end().instant()).isEqualTo(Instant.parse("2026-04-02T22:01:00Z"));
		assertThat(report.end().localDate()).hasToString("2026-04-03");
		assertThat(report.intervals()).isEqualTo(5);
		assertThat(report.artifacts()).isEqualTo(1);
		assertThat(report.artifactsPercent()).isEqualTo(20.0);
		assertThat(report.tag()).isEqualTo("Morning check");
		assertThat(report.metrics()).contains(entry("HR", 58.0), entry("mRR", 1034.0), entry("TP", 3120.5541),
				entry("ln TP", 8.045766), entry("LF%", 44.93), entry("ln LF", 7.245727), entry("LF/HF", 1.16744),
				entry("LF norm", 53.86), entry("IC", 2.1), entry("HRVTi", 12.5), entry("SD1/SD2", 0.4827),
				entry("S", null));
		assertThat(report.rr()).extracting(Beat::rrMs).containsExactly(1000, 1100, 1000, 1040, 980);
		assertThat(report.errors()).containsExactly(new RowError(38, "not an RR row (n, timestamp, rr, bpm)"));
	}

	@Test
	void recomputesTimeDomainMetricsAndAcceptsAgreeingValues() throws Exception {
		HrvReport report = Samples.cardioMood(REPORT.formatted("47.7", "79.4", "75.0"));
		assertThat(report.recomputed().sdnn()).isCloseTo(47.75, org.assertj.core.data.Offset.offset(0.1));
		assertThat(report.recomputed().rmssd()).isCloseTo(79.37, org.assertj.core.data.Offset.offset(0.1));
		assertThat(report.recomputed().pnn50()).isEqualTo(75.0);
		assertThat(report.disagrees()).isFalse();
	}

	@Test
	void flagsStatedValuesThatDisagreeWithTheSeries() throws Exception {
		HrvReport report = Samples.cardioMood(REPORT.formatted("20.0", "80.0", "N/A"));
		assertThat(report.disagreements()).containsExactly("SDNN");
		assertThat(report.metrics()).containsEntry("pNN50", null);
	}

	@Test
	void computesNothingFromATooShortSeries() {
		assertThat(HrvMath.recompute(List.of(1000))).isEqualTo(new HrvMetrics(null, null, null));
	}

	@Test
	void refusesAReportWithoutDateOrTime() {
		assertThatExceptionOfType(FileFormatException.class)
			.isThrownBy(() -> Samples.cardioMood("CardioMood Report\nMeasurement time: 7:05 AM - 7:07 AM\n"))
			.withMessageContaining("Date:");
		assertThatExceptionOfType(FileFormatException.class)
			.isThrownBy(() -> Samples.cardioMood("CardioMood Report\nDate: 4/2/26\n"))
			.withMessageContaining("Measurement time:");
	}

}
