package health.falcon.dropbox.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the reader and the CSV splitter with arbitrary bytes: only
 * {@link UnreadableFileException} may escape, lines never hold CR or LF and never exceed
 * the limit. Plain {@code mvn test} replays {@code LineReaderFuzzTestsInputs/read}.
 */
class LineReaderFuzzTests {

	@FuzzTest(maxDuration = "10s")
	void read(FuzzedDataProvider data) throws IOException {
		byte[] bytes = data.consumeRemainingAsBytes();
		try (LineReader lines = LineReader.open(new ByteArrayInputStream(bytes))) {
			int previous = 0;
			for (Line line = lines.next(); line != null; line = lines.next()) {
				assertThat(line.text()).doesNotContain("\n", "\r").hasSizeLessThanOrEqualTo(LineReader.MAX_LINE_LENGTH);
				assertThat(line.number()).isEqualTo(previous + 1);
				previous = line.number();
				assertThat(CsvFields.split(line.text(), CsvFields.delimiter(line.text()))).isNotEmpty();
			}
		}
		catch (UnreadableFileException ex) {
			assertThat(ex.getMessage()).isNotBlank();
		}
	}

}
