package health.falcon.dropbox.formats;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import health.falcon.dropbox.reading.LineReader;
import health.falcon.dropbox.reading.UnreadableFileException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes every parser behind its real header: whatever the rows hold, only
 * {@link FileFormatException} may escape. Plain {@code mvn test} replays the seed corpus
 * in {@code ParserFuzzTestsInputs/<method>}; {@code JAZZER_FUZZ=1} fuzzes for 10 s each.
 */
class ParserFuzzTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@FuzzTest(maxDuration = "10s")
	void omronConnect(FuzzedDataProvider data) {
		bloodPressure("Date,Time,Systolic (mmHg),Diastolic (mmHg),Pulse (bpm),Symptoms,Consumed,TruRead,Notes\n",
				data.consumeRemainingAsBytes());
	}

	@FuzzTest(maxDuration = "10s")
	void iHealth(FuzzedDataProvider data) {
		bloodPressure("Time,SYS,DIA,Pulse\n", data.consumeRemainingAsBytes());
	}

	@FuzzTest(maxDuration = "10s")
	void withings(FuzzedDataProvider data) {
		bloodPressure("Date,\"Heart rate\",Systolic,Diastolic,Comments\n", data.consumeRemainingAsBytes());
	}

	@FuzzTest(maxDuration = "10s")
	void mappingProfile(FuzzedDataProvider data) {
		MappingProfile profile = new MappingProfile("fuzz",
				new MappingProfile.MappedColumns("Datum", "Zeit", "SYS", "DIA", "Puls"), "dd.MM.yyyy", "HH:mm");
		byte[] file = concat("Datum;Zeit;SYS;DIA;Puls\n", data.consumeRemainingAsBytes());
		try (LineReader lines = LineReader.open(new ByteArrayInputStream(file))) {
			Detected header = FormatDetector.csvHeader(FormatDetector.header(lines).orElseThrow(), FileFormat.GENERIC);
			Samples.Result result = new Samples.Result(FileFormat.GENERIC, new java.util.ArrayList<>(),
					new java.util.ArrayList<>());
			BloodPressureParser.parse(profile, header, lines, BERLIN, true, result);
			result.readings().forEach((reading) -> assertThat(reading.systolic()).isGreaterThan(reading.diastolic()));
			result.errors().forEach((error) -> assertThat(error.reason()).isNotBlank());
		}
		catch (FileFormatException | UnreadableFileException ex) {
			assertThat(ex.getMessage()).isNotBlank();
		}
		catch (java.io.IOException ex) {
			throw new AssertionError(ex);
		}
	}

	@FuzzTest(maxDuration = "10s")
	void cardioMood(FuzzedDataProvider data) {
		byte[] file = concat("CardioMood Report\n", data.consumeRemainingAsBytes());
		try (LineReader lines = LineReader.open(new ByteArrayInputStream(file))) {
			FormatDetector.detect(lines);
			HrvReport report = CardioMoodParser.parse(lines, BERLIN, true);
			assertThat(report.rr()).hasSizeLessThanOrEqualTo(CardioMoodParser.MAX_BEATS);
		}
		catch (FileFormatException | UnreadableFileException ex) {
			assertThat(ex.getMessage()).isNotBlank();
		}
		catch (java.io.IOException ex) {
			throw new AssertionError(ex);
		}
	}

	private static void bloodPressure(String header, byte[] rows) {
		byte[] file = concat(header, rows);
		try (LineReader lines = LineReader.open(new ByteArrayInputStream(file))) {
			Detected detected = FormatDetector.detect(lines).orElseThrow();
			Samples.Result result = new Samples.Result(detected.format(), new java.util.ArrayList<>(),
					new java.util.ArrayList<>());
			BloodPressureParser.parse(detected, lines, BERLIN, true, result);
			result.readings().forEach((reading) -> assertThat(reading.systolic()).isGreaterThan(reading.diastolic()));
			result.errors().forEach((error) -> assertThat(error.reason()).isNotBlank());
		}
		catch (FileFormatException | UnreadableFileException ex) {
			assertThat(ex.getMessage()).isNotBlank();
		}
		catch (java.io.IOException ex) {
			throw new AssertionError(ex);
		}
	}

	private static byte[] concat(String header, byte[] rows) {
		byte[] head = header.getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[head.length + rows.length];
		System.arraycopy(head, 0, file, 0, head.length);
		System.arraycopy(rows, 0, file, head.length, rows.length);
		return file;
	}

}
