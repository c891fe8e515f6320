package health.falcon.dropbox.formats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import health.falcon.dropbox.formats.MappingProfile.MappedColumns;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MappingProfileTests {

	private static final MappingProfile SEPARATE = new MappingProfile("Cuff app",
			new MappedColumns("Datum", "Uhrzeit", "Oberdruck", "Unterdruck", "Puls"), "dd.MM.yyyy", "HH:mm");

	private static final MappingProfile COMBINED = new MappingProfile("Combined",
			new MappedColumns("Measured at", null, "High", "Low", null), "yyyy-MM-dd HH:mm", null);

	@Test
	void readsSeparateDateAndTimeColumnsInAnyOrderAndCase() throws Exception {
		Samples.Result result = Samples.withProfile(SEPARATE, """
				puls;UHRZEIT;Datum;Oberdruck;Unterdruck;Notiz
				61;07:45;10.03.2026;124;79;-
				66;21:30;09.03.2026;131 mmHg;84;nach dem Spaziergang
				""");
		assertThat(result.errors()).isEmpty();
		assertThat(result.readings()).hasSize(2);
		BloodPressureReading first = result.readings().get(0);
		assertThat(first.systolic()).isEqualTo(124);
		assertThat(first.diastolic()).isEqualTo(79);
		assertThat(first.pulse()).isEqualTo(61);
		assertThat(first.line()).isEqualTo(2);
		assertThat(first.time().instant()).isEqualTo(Instant.parse("2026-03-10T06:45:00Z"));
		assertThat(first.time().zoneAssumed()).isTrue();
	}

	@Test
	void readsOneDateAndTimeColumnWithoutPulse() throws Exception {
		Samples.Result result = Samples.withProfile(COMBINED, """
				Measured at,High,Low
				2026-03-29 02:30,120,80
				2026-10-25 02:30,121,81
				""");
		assertThat(result.errors()).isEmpty();
		// the spring-forward gap moves forward, and the autumn overlap takes the
		// earlier offset
		assertThat(result.readings().get(0).time().offset()).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(result.readings().get(0).time().localDate()).isEqualTo(LocalDate.of(2026, 3, 29));
		assertThat(result.readings().get(1).time().offset()).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(result.readings().get(1).pulse()).isNull();
	}

	@Test
	void rejectsRowsThatDoNotFitWithReasonsAndKeepsTheRest() throws Exception {
		Samples.Result result = Samples.withProfile(SEPARATE, """
				Datum,Uhrzeit,Oberdruck,Unterdruck,Puls
				2026-03-10,07:45,124,79,61
				10.03.2026,,124,79,61
				10.03.2026,7.45 Uhr,124,79,61
				10.03.2026,07:45,79,124,61
				10.03.2026,07:50,125,80,
				""");
		assertThat(result.readings()).extracting(BloodPressureReading::line).containsExactly(6);
		assertThat(result.errors()).extracting(RowError::line).containsExactly(2, 3, 4, 5);
		assertThat(result.errors()).extracting(RowError::reason)
			.containsExactly("'2026-03-10' does not match the profile's date or time format", "time is missing",
					"'10.03.2026' does not match the profile's date or time format",
					"diastolic 124 is not below systolic 79");
	}

	@Test
	void refusesAFileWithoutAMappedColumn() {
		assertThatExceptionOfType(FileFormatException.class)
			.isThrownBy(() -> Samples.withProfile(SEPARATE, "Datum,Uhrzeit,Oberdruck\n10.03.2026,07:45,124\n"))
			.withMessageContaining("'Unterdruck', 'Puls'")
			.withMessageContaining("'Cuff app'");
	}

	@Test
	void matchesHeadersThatHoldEveryMappedColumn() {
		assertThat(SEPARATE.matches(List.of(" datum ", "Uhrzeit", "Oberdruck", "Unterdruck", "Puls", "Extra")))
			.isTrue();
		assertThat(SEPARATE.matches(List.of("Datum", "Uhrzeit", "Oberdruck", "Unterdruck"))).isFalse();
		assertThat(COMBINED.matches(List.of("Measured at", "High", "Low"))).isTrue();
	}

	@Test
	void compilesPatternsStrictlyWithEnglishMonthNames() {
		assertThat(LocalDate.parse("6 jan 2026", MappingProfile.formatter("d MMM yyyy")))
			.isEqualTo(LocalDate.of(2026, 1, 6));
		assertThatIllegalArgumentException().isThrownBy(() -> MappingProfile.formatter("dd.MM.yyyy {"));
	}

}
