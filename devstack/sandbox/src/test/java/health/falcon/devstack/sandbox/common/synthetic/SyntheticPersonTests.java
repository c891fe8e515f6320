package health.falcon.devstack.sandbox.common.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticPersonTests {

	private static final Residence residence = new Residence(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"));

	@Test
	void sameSeedSameDataDifferentSeedDifferentData() {
		LocalDate day = LocalDate.of(2026, 7, 14);
		HeartRateDay a = new SyntheticPerson(42, residence).heartRate(day);
		HeartRateDay b = new SyntheticPerson(42, residence).heartRate(day);
		HeartRateDay c = new SyntheticPerson(43, residence).heartRate(day);
		assertThat(a.seconds()).isEqualTo(b.seconds());
		assertThat(a.bpm()).isEqualTo(b.bpm());
		assertThat(a.bpm()).isNotEqualTo(c.bpm());
		assertThat(a.size()).isBetween(80_000, 86_400);
	}

	@Test
	void sleepStagesAreContiguousAndCoverTheNight() {
		SyntheticPerson person = new SyntheticPerson(42, residence);
		for (LocalDate day = LocalDate.of(2026, 1, 1); day.isBefore(LocalDate.of(2026, 3, 1)); day = day.plusDays(1)) {
			for (SleepSession session : person.sleepsEndingOn(day)) {
				List<SleepSession.Stage> stages = session.stages();
				assertThat(stages.get(0).start()).isEqualTo(session.start());
				assertThat(stages.get(stages.size() - 1).end()).isEqualTo(session.end());
				for (int i = 1; i < stages.size(); i++) {
					assertThat(stages.get(i).start()).isEqualTo(stages.get(i - 1).end());
				}
				if (!session.nap()) {
					assertThat(Duration.between(session.start(), session.end()).toHours()).isBetween(5L, 11L);
				}
			}
		}
	}

	@Test
	void offsetsFollowDaylightSavingAndTheJuneTrip() {
		SyntheticPerson person = new SyntheticPerson(42, residence);
		assertThat(person.offsetAt(Instant.parse("2026-03-29T00:59:59Z"))).isEqualTo(ZoneOffset.ofHours(1));
		assertThat(person.offsetAt(Instant.parse("2026-03-29T01:00:00Z"))).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(Residence.tripStart(2026)).isEqualTo(LocalDate.of(2026, 6, 6));
		assertThat(person.offsetAt(Instant.parse("2026-06-06T06:59:00Z"))).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(person.offsetAt(Instant.parse("2026-06-06T07:00:00Z"))).isEqualTo(ZoneOffset.ofHours(-4));
		assertThat(person.offsetAt(Instant.parse("2026-06-20T22:00:00Z"))).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(person.offsetAt(Instant.parse("2026-10-25T01:00:00Z"))).isEqualTo(ZoneOffset.ofHours(1));
	}

	@Test
	void dailyStepsLookRealistic() {
		SyntheticPerson person = new SyntheticPerson(42, residence);
		Instant start = LocalDate.of(2026, 5, 12).atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant();
		long steps = 0;
		for (int minute = 0; minute < 1440; minute++) {
			steps += person.minute(start.plusSeconds(minute * 60L)).steps();
		}
		assertThat(steps).isBetween(3_000L, 30_000L);
	}

}
