package health.falcon.diet.diary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import health.falcon.ingest.spi.SyncTrigger;
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
		assertThat(DiaryDays.of(SyncTrigger.SCHEDULE, "2026-03-09", horizon, now, BERLIN))
			.isEqualTo(new DiaryDays(LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-10")));
		assertThat(DiaryDays.of(SyncTrigger.MANUAL, "2026-03-09", horizon, now, LOS_ANGELES))
			.isEqualTo(new DiaryDays(LocalDate.parse("2026-03-08"), LocalDate.parse("2026-03-09")));
	}

	@Test
	void countsDaysAcrossADaylightSavingTransition() {
		// Berlin springs forward on Sunday 29 March 2026 (23 hours long)
		Instant now = Instant.parse("2026-03-29T22:30:00Z");
		assertThat(LocalDate.ofInstant(now, BERLIN)).isEqualTo(LocalDate.parse("2026-03-30"));
		assertThat(DiaryDays.of(SyncTrigger.SCHEDULE, null, now.minus(Duration.ofDays(30)), now, BERLIN))
			.isEqualTo(new DiaryDays(LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-30")));
		Instant justBefore = Instant.parse("2026-03-29T21:59:00Z");
		assertThat(DiaryDays.of(SyncTrigger.SCHEDULE, null, justBefore.minus(Duration.ofDays(30)), justBefore, BERLIN))
			.isEqualTo(new DiaryDays(LocalDate.parse("2026-03-28"), LocalDate.parse("2026-03-29")));
	}

	@Test
	void aBackfillStartsAtTheHorizonAndResumesAfterTheLastDayWritten() {
		Instant now = Instant.parse("2026-03-10T10:00:00Z");
		Instant horizon = now.minus(Duration.ofDays(30));
		assertThat(DiaryDays.of(SyncTrigger.BACKFILL, null, horizon, now, BERLIN).from())
			.isEqualTo(LocalDate.parse("2026-02-08"));
		assertThat(DiaryDays.of(SyncTrigger.BACKFILL, "2026-02-20", horizon, now, BERLIN).from())
			.isEqualTo(LocalDate.parse("2026-02-21"));
	}

	@Test
	void fillsAGapSinceTheLastDayWrittenButNotBeyondTheHorizon() {
		Instant now = Instant.parse("2026-03-10T10:00:00Z");
		Instant horizon = now.minus(Duration.ofDays(30));
		assertThat(DiaryDays.of(SyncTrigger.SCHEDULE, "2026-03-05", horizon, now, BERLIN).from())
			.isEqualTo(LocalDate.parse("2026-03-06"));
		assertThat(DiaryDays.of(SyncTrigger.SCHEDULE, "2025-01-01", horizon, now, BERLIN).from())
			.isEqualTo(LocalDate.parse("2026-02-08"));
	}

}
