package health.falcon.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeasurementTimeTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Test
	void keepsTheLocalDateOfALateEveningEvenWhenUtcIsAlreadyTomorrow() {
		MeasurementTime time = MeasurementTime.ofLocal(LocalDateTime.parse("2026-07-10T23:30"), NEW_YORK, false);
		assertThat(time.instant()).isEqualTo(Instant.parse("2026-07-11T03:30:00Z"));
		assertThat(time.offset()).isEqualTo(ZoneOffset.ofHours(-4));
		assertThat(time.localDate()).isEqualTo(LocalDate.parse("2026-07-10"));
		assertThat(time.zoneId()).isEqualTo(NEW_YORK);
		assertThat(time.zoneAssumed()).isFalse();
	}

	@Test
	void keepsTheLocalDateOfAnEarlyMorningEvenWhenUtcIsStillYesterday() {
		MeasurementTime time = MeasurementTime.ofLocal(LocalDateTime.parse("2026-01-15T00:30"), BERLIN, true);
		assertThat(time.instant()).isEqualTo(Instant.parse("2026-01-14T23:30:00Z"));
		assertThat(time.localDate()).isEqualTo(LocalDate.parse("2026-01-15"));
		assertThat(time.zoneAssumed()).isTrue();
	}

	@Test
	void shiftsAWallTimeInTheBerlinSpringForwardGapForward() {
		// 2026-03-29 02:00 CET jumps to 03:00 CEST: 02:30 does not exist
		MeasurementTime time = MeasurementTime.ofLocal(LocalDateTime.parse("2026-03-29T02:30"), BERLIN, false);
		assertThat(time.offset()).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(time.instant()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
		assertThat(time.localDateTime()).isEqualTo(LocalDateTime.parse("2026-03-29T03:30"));
		assertThat(time.localDate()).isEqualTo(LocalDate.parse("2026-03-29"));
	}

	@Test
	void takesTheEarlierOffsetForAWallTimeInTheBerlinFallBackOverlap() {
		// 2026-10-25 03:00 CEST goes back to 02:00 CET: 02:30 happens twice
		MeasurementTime time = MeasurementTime.ofLocal(LocalDateTime.parse("2026-10-25T02:30"), BERLIN, false);
		assertThat(time.offset()).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(time.instant()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
		assertThat(time.localDate()).isEqualTo(LocalDate.parse("2026-10-25"));
	}

	@Test
	void resolvesBothOccurrencesOfTheOverlapFromInstants() {
		MeasurementTime first = MeasurementTime.ofInstant(Instant.parse("2026-10-25T00:30:00Z"), BERLIN);
		MeasurementTime second = MeasurementTime.ofInstant(Instant.parse("2026-10-25T01:30:00Z"), BERLIN);
		assertThat(first.localDateTime()).isEqualTo(second.localDateTime());
		assertThat(first.offset()).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(second.offset()).isEqualTo(ZoneOffset.ofHours(1));
		assertThat(second.localDate()).isEqualTo(first.localDate());
	}

	@Test
	void handlesTheNewYorkSpringForwardGapAndFallBackOverlap() {
		// 2026-03-08 02:00 EST -> 03:00 EDT; 2026-11-01 02:00 EDT -> 01:00 EST
		MeasurementTime gap = MeasurementTime.ofLocal(LocalDateTime.parse("2026-03-08T02:15"), NEW_YORK, false);
		assertThat(gap.localDateTime()).isEqualTo(LocalDateTime.parse("2026-03-08T03:15"));
		assertThat(gap.offset()).isEqualTo(ZoneOffset.ofHours(-4));
		MeasurementTime overlap = MeasurementTime.ofLocal(LocalDateTime.parse("2026-11-01T01:30"), NEW_YORK, false);
		assertThat(overlap.offset()).isEqualTo(ZoneOffset.ofHours(-4));
		assertThat(overlap.instant()).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
	}

	@Test
	void givesEachMeasurementTheLocalDateOfWhereItWasTakenAcrossAZoneChange() {
		// A flight from Berlin to New York: one UTC day yields two local days.
		MeasurementTime beforeFlight = MeasurementTime.ofInstant(Instant.parse("2026-06-01T22:30:00Z"), BERLIN);
		MeasurementTime afterLanding = MeasurementTime.ofInstant(Instant.parse("2026-06-02T02:30:00Z"), NEW_YORK);
		assertThat(beforeFlight.localDate()).isEqualTo(LocalDate.parse("2026-06-02"));
		assertThat(beforeFlight.offset()).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(afterLanding.localDate()).isEqualTo(LocalDate.parse("2026-06-01"));
		assertThat(afterLanding.offset()).isEqualTo(ZoneOffset.ofHours(-4));
		assertThat(afterLanding.instant()).isAfter(beforeFlight.instant());
	}

	@Test
	void keepsOffsetOnlyTimestampsWithoutAZone() {
		MeasurementTime time = MeasurementTime.ofOffset(OffsetDateTime.parse("2026-03-29T00:15+02:00"));
		assertThat(time.zoneId()).isNull();
		assertThat(time.localDate()).isEqualTo(LocalDate.parse("2026-03-29"));
		assertThat(time.instant()).isEqualTo(Instant.parse("2026-03-28T22:15:00Z"));
	}

}
