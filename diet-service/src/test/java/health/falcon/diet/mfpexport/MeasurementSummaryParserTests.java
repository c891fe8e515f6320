package health.falcon.diet.mfpexport;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MeasurementSummaryParserTests {

	@Test
	void readsKilogramsAsTheyAre() throws Exception {
		Parsed<MeasurementEntry> parsed = MeasurementSummaryParser.parse(Csv.of("Date,Weight\n2026-03-10,82.4\n"),
				WeightUnit.KILOGRAMS);
		assertThat(parsed.rows()).containsExactly(new MeasurementEntry(2, LocalDate.of(2026, 3, 10), 82.4, null));
	}

	@Test
	void convertsPoundsAndReadsBodyFat() throws Exception {
		Parsed<MeasurementEntry> parsed = MeasurementSummaryParser.parse(
				Csv.of("\uFEFFDate,Weight,Body Fat %,Neck\r\n2026-03-10,181.7,21.5,15\r\n2026-03-11,,22,\r\n"),
				WeightUnit.POUNDS);
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.rows().get(0).weightKg()).isEqualTo(82.42);
		assertThat(parsed.rows().get(0).bodyFatPct()).isEqualTo(21.5);
		assertThat(parsed.rows().get(1).weightKg()).isNull();
	}

	@Test
	void reportsBadRowsAndReadsTheRest() throws Exception {
		Parsed<MeasurementEntry> parsed = MeasurementSummaryParser.parse(
				Csv.of("Date,Weight\n2026-03-10,heavy\n2026-03-11,\nyesterday,80\n2026-03-12,80.1\n"),
				WeightUnit.KILOGRAMS);
		assertThat(parsed.rows()).extracting(MeasurementEntry::weightKg).containsExactly(80.1);
		assertThat(parsed.errors()).extracting(RowError::line).containsExactly(2, 3, 4);
	}

	@Test
	void refusesOtherFiles() {
		assertThatExceptionOfType(MyFitnessPalParseException.class)
			.isThrownBy(() -> MeasurementSummaryParser.parse(Csv.of("Date;Weight\n"), WeightUnit.KILOGRAMS));
	}

}
