package health.falcon.documents.heartrate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SampleKeysTests {

	private static final LocalDate DAY = LocalDate.parse("2026-03-29");

	@Test
	void keyZeroIsLocalMidnightAtTheEasternmostOffset() {
		assertThat(SampleKeys.instant(DAY, 0)).isEqualTo(Instant.parse("2026-03-28T10:00:00Z"));
	}

	@Test
	void keysOfADaylightSavingDayStayPositiveAndDistinct() {
		Instant beforeSwitch = Instant.parse("2026-03-29T00:30:00Z");
		Instant afterSwitch = Instant.parse("2026-03-29T01:30:00Z");
		long first = beforeSwitch.getEpochSecond() - SampleKeys.base(DAY);
		long second = afterSwitch.getEpochSecond() - SampleKeys.base(DAY);
		assertThat(first).isPositive().isLessThan(second);
		assertThat(SampleKeys.instant(DAY, (int) second)).isEqualTo(afterSwitch);
	}

	@Test
	void placesAnInstantOnTheLocalDayOfItsOffset() {
		Instant lateEvening = Instant.parse("2026-03-28T23:30:00Z");
		assertThat(SampleKeys.localDay(lateEvening, ZoneOffset.UTC)).isEqualTo(LocalDate.parse("2026-03-28"));
		assertThat(SampleKeys.localDay(lateEvening, ZoneOffset.ofHours(1))).isEqualTo(DAY);
		assertThat(SampleKeys.localDay(lateEvening, ZoneOffset.ofHours(-10))).isEqualTo(LocalDate.parse("2026-03-28"));
	}

}
