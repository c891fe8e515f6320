package health.falcon.data.metrics.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"x\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd" })
	void prefixesTextThatASpreadsheetWouldRunAsAFormula(String text) {
		assertThat(CsvCells.text(text)).isEqualTo("'" + text);
	}

	@Test
	void leavesOrdinaryTextAsItIs() {
		assertThat(CsvCells.text("dropbox/upload")).isEqualTo("dropbox/upload");
		assertThat(CsvCells.text("a=b")).isEqualTo("a=b");
	}

	@Test
	void writesMissingValuesAsEmptyCellsNeverZero() {
		assertThat(CsvCells.text(null)).isEmpty();
		assertThat(CsvCells.number(null)).isEmpty();
		assertThat(CsvCells.number(Double.NaN)).isEmpty();
	}

	@Test
	void neverNeutralisesANumberEvenANegativeOne() {
		assertThat(CsvCells.number(-3.5)).isEqualTo("-3.5");
		assertThat(CsvCells.number(72.0)).isEqualTo("72");
		assertThat(CsvCells.number(81.65)).isEqualTo("81.65");
		assertThat(CsvCells.number(0.0)).isEqualTo("0");
		assertThat(CsvCells.number(12000.0)).isEqualTo("12000");
	}

}
