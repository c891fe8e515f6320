package health.falcon.documents.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RecordLines} reads a collection entry as the export writes it, and skips a line
 * over the cap without keeping it, so that a hostile entry cannot fill the memory.
 */
class RecordLinesTests {

	@Test
	void readsOneRecordPerLineWithoutTheArraysBracketsAndCommas() throws IOException {
		List<RecordLines.Line> lines = read("[\n{\"a\": 1},\n{\"a\": 2}\n]\n", 100);
		assertThat(lines).containsExactly(new RecordLines.Line(2, "{\"a\": 1}", false),
				new RecordLines.Line(3, "{\"a\": 2}", false));
	}

	@Test
	void readsASingleLineArrayAndALastLineWithoutNewline() throws IOException {
		assertThat(read("[{\"a\": 1}]", 100)).containsExactly(new RecordLines.Line(1, "{\"a\": 1}", false));
		assertThat(read("[]", 100)).isEmpty();
	}

	@Test
	void skipsALineOverTheCapAndGoesOn() throws IOException {
		String huge = "{\"a\": \"" + "x".repeat(200_000) + "\"},";
		List<RecordLines.Line> lines = read("[\n" + huge + "\n{\"b\": 2}\n]", 1000);
		assertThat(lines).containsExactly(new RecordLines.Line(2, "", true),
				new RecordLines.Line(3, "{\"b\": 2}", false));
	}

	private static List<RecordLines.Line> read(String entry, int maxBytes) throws IOException {
		RecordLines lines = new RecordLines(new ByteArrayInputStream(entry.getBytes(StandardCharsets.UTF_8)), maxBytes);
		List<RecordLines.Line> read = new ArrayList<>();
		for (RecordLines.Line line = lines.next(); line != null; line = lines.next()) {
			read.add(line);
		}
		return read;
	}

}
