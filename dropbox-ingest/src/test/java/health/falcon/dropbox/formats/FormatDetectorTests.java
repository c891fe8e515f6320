package health.falcon.dropbox.formats;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import health.falcon.dropbox.reading.Line;
import health.falcon.dropbox.reading.LineReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatDetectorTests {

	@Test
	void recognisesFilesByTheirHeaderNotTheirName() {
		assertThat(format("Date,Time,Systolic (mmHg),Diastolic (mmHg),Pulse (bpm),Symptoms,Consumed,TruRead,Notes"))
			.contains(FileFormat.OMRON_CONNECT);
		assertThat(format("Date,\"Heart rate\",Systolic,Diastolic,Comments")).contains(FileFormat.WITHINGS_BP);
		assertThat(format("time;sys;dia;pulse")).contains(FileFormat.IHEALTH);
		assertThat(format("CardioMood Report")).contains(FileFormat.CARDIOMOOD);
		assertThat(format("Date,Weight (kg)")).isEmpty();
	}

	@Test
	void skipsLeadingBlankLinesAndTreatsAnEmptyFileAsUnknown() throws Exception {
		assertThat(detect("\n\n  \nTime,SYS,DIA,Pulse\n")).map(Detected::format).contains(FileFormat.IHEALTH);
		assertThat(detect("")).isEmpty();
		assertThat(detect("\n".repeat(50) + "Time,SYS,DIA\n")).isEmpty();
	}

	private static Optional<FileFormat> format(String header) {
		return FormatDetector.recognise(new Line(1, header)).map(Detected::format);
	}

	private static Optional<Detected> detect(String text) throws Exception {
		try (LineReader lines = LineReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
			return FormatDetector.detect(lines);
		}
	}

}
