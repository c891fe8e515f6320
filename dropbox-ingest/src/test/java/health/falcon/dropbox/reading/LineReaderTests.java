package health.falcon.dropbox.reading;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LineReaderTests {

	@Test
	void endsLinesAtCrlfLfAndLoneCr() throws Exception {
		assertThat(lines("a\r\nb\nc\rd\r\n\r\ne")).containsExactly("a", "b", "c", "d", "", "e");
	}

	@Test
	void detectsBomsAndFallsBackToWindows1252() throws Exception {
		assertThat(read(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', (byte) 0xC3, (byte) 0xA9 }))
			.containsExactly("hé");
		assertThat(read(new byte[] { (byte) 0xFF, (byte) 0xFE, 'h', 0, (byte) 0xE9, 0 })).containsExactly("hé");
		assertThat(read(new byte[] { (byte) 0xFE, (byte) 0xFF, 0, 'h', 0, (byte) 0xE9 })).containsExactly("hé");
		assertThat(read(new byte[] { 'h', (byte) 0xE9 })).containsExactly("hé");
	}

	@Test
	void refusesBinaryContentWorkbooksAndOverlongLines() {
		assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> read(new byte[] { 'a', 0, 1, 2 }))
			.withMessageStartingWith("binary content");
		assertThatExceptionOfType(UnreadableFileException.class)
			.isThrownBy(() -> read(new byte[] { 'P', 'K', 3, 4, 0 }))
			.withMessageStartingWith("a ZIP archive");
		assertThatExceptionOfType(UnreadableFileException.class)
			.isThrownBy(() -> lines("x".repeat(LineReader.MAX_LINE_LENGTH + 1)))
			.withMessage("line 1 is longer than 16384 characters");
	}

	@Test
	void splitsQuotedFieldsAndDetectsTheDelimiter() {
		assertThat(CsvFields.split("\"a, b\", \"say \"\"hi\"\"\" ,c", ',')).containsExactly("a, b", "say \"hi\"", "c");
		assertThat(CsvFields.split("\"unterminated,x", ',')).containsExactly("unterminated,x");
		assertThat(CsvFields.delimiter("Date;Time;\"a,b\"")).isEqualTo(';');
		assertThat(CsvFields.delimiter("Date,Time;x,y")).isEqualTo(',');
		assertThat(CsvFields.delimiter("Date")).isEqualTo(',');
	}

	private static List<String> lines(String text) throws Exception {
		return read(text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> read(byte[] bytes) throws Exception {
		List<String> texts = new ArrayList<>();
		try (LineReader reader = LineReader.open(new ByteArrayInputStream(bytes))) {
			for (Line line = reader.next(); line != null; line = reader.next()) {
				texts.add(line.text());
			}
		}
		return texts;
	}

}
