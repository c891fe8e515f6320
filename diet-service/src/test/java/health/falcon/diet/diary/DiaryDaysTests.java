package health.falcon.diet.diary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiaryDaysTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

	@Test
	void aScheduledRunReadsTodayAndYesterdayInTheUsersZone() {
		// 05:30 UTC is already the 10th in Berlin but still the 9th in Los Angeles
		Instant now = Instant.parse("2026-03-10T05:30:00Z");
		Instant horizon = now.minus(Duration.ofDays(30));
		assertThat(DiaryDays.of("2026-03-09", false, horizon, now, BERLIN))
			.isEqualTo(new DiaryDays(LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-10")));
		assertThat(DiaryDays.of("2026-03-09", false, horizon, now, LOS_ANGELES))
			.isEqualTo(new DiaryDays(LocalDate.parse("2026-03-08"), LocalDate.parse("2026-03-09")));
	}

	@Test
	void countsDaysAcrossADaylightSavingTransition() {
		// Berlin springs forward on Sunday 29 March 2026 (23 hours long)
		Instant now = Instant.parse("2026-03-29T22:30:00Z");
		assertThat(LocalDate.ofInstant(now, BERLIN)).isEqualTo(LocalDate.parse("2026-03-30"));
		assertThat(DiaryDays.of(null, false, now.minus(Duration.ofDays(30)), now, BERLIN))
			.isEqualTo(new DiaryDays(LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-30")));
		Instant justBefore = Instant.parse("2026-03-29T21:59:00Z");
		assertThat(DiaryDays.of(null, false, justBefore.minus(Duration.ofDays(30)), justBefore, BERLIN))
			.isEqualTo(new DiaryDays(LocalDate.parse("2026-03-28"), LocalDate.parse("2026-03-29")));
	}

	@Test
	void anOldestFirstBackfillStartsAtTheHorizonAndResumesAfterTheLastDayWritten() {
		Instant now = Instant.parse("2026-03-10T10:00:00Z");
		Instant horizon = now.minus(Duration.ofDays(30));
		assertThat(DiaryDays.of(null, true, horizon, now, BERLIN).from()).isEqualTo(LocalDate.parse("2026-02-08"));
		assertThat(DiaryDays.of("2026-02-20", true, horizon, now, BERLIN).from())
			.isEqualTo(LocalDate.parse("2026-02-21"));
	}

	@Test
	void fillsAGapSinceTheLastDayWrittenButNotBeyondTheHorizon() {
		Instant now = Instant.parse("2026-03-10T10:00:00Z");
		Instant horizon = now.minus(Duration.ofDays(30));
		assertThat(DiaryDays.of("2026-03-05", false, horizon, now, BERLIN).from())
			.isEqualTo(LocalDate.parse("2026-03-06"));
		assertThat(DiaryDays.of("2025-01-01", false, horizon, now, BERLIN).from())
			.isEqualTo(LocalDate.parse("2026-02-08"));
	}

}
