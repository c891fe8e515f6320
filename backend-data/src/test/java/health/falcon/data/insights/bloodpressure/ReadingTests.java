package health.falcon.data.insights.bloodpressure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link Reading}'s pulse pressure, mean arterial pressure and part of the day, checked
 * against values worked out by hand.
 */
class ReadingTests {

	@Test
	void computesPulsePressureAndMeanArterialPressure() {
		// 120/80: PP = 120 - 80 = 40; MAP = 80 + 40 / 3 = 93.333...
		assertThat(reading(120, 80).pulsePressure()).isEqualTo(40);
		assertThat(reading(120, 80).meanArterialPressure()).isCloseTo(93.333, within(0.001));
		// 135/85: PP = 50; MAP = 85 + 50 / 3 = 101.666...
		assertThat(reading(135, 85).pulsePressure()).isEqualTo(50);
		assertThat(reading(135, 85).meanArterialPressure()).isCloseTo(101.667, within(0.001));
		// 181/121: PP = 60; MAP = 121 + 20 = 141
		assertThat(reading(181, 121).meanArterialPressure()).isEqualTo(141.0);
	}

	@Test
	void showsTheMeanArterialPressureWithOneDecimal() {
		assertThat(ReadingView.of(reading(120, 80)).meanArterialPressure()).isEqualTo(93.3);
		assertThat(ReadingView.of(reading(135, 85)).meanArterialPressure()).isEqualTo(101.7);
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "00:00, OTHER", "03:59, OTHER", "04:00, MORNING", "11:59, MORNING", "12:00, OTHER", "16:59, OTHER",
			"17:00, EVENING", "23:59, EVENING" })
	void splitsTheDayAtTheFixedLocalTimes(String time, DayPart part) {
		assertThat(DayPart.of(LocalTime.parse(time))).isEqualTo(part);
	}

	private static Reading reading(int systolic, int diastolic) {
		return new Reading("r", Instant.parse("2026-03-10T06:00:00Z"), LocalDateTime.parse("2026-03-10T07:00"),
				"+01:00", LocalDate.parse("2026-03-10"), systolic, diastolic, 60, "dropbox/upload", "omron.csv");
	}

}
