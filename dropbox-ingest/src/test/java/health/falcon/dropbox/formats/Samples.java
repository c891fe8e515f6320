package health.falcon.dropbox.formats;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import health.falcon.dropbox.reading.LineReader;

/**
 * Runs the whole reading chain (reader, detector, parser) over written samples.
 */
final class Samples {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private Samples() {
	}

	static Result bloodPressure(String text) throws Exception {
		return bloodPressure(text.getBytes(StandardCharsets.UTF_8));
	}

	static Result bloodPressure(String text, Charset charset, byte... bom) throws Exception {
		byte[] body = text.getBytes(charset);
		byte[] bytes = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, bytes, 0, bom.length);
		System.arraycopy(body, 0, bytes, bom.length, body.length);
		return bloodPressure(bytes);
	}

	static Result bloodPressure(byte[] bytes) throws Exception {
		try (LineReader lines = LineReader.open(new ByteArrayInputStream(bytes))) {
			Detected detected = FormatDetector.detect(lines).orElseThrow();
			Result result = new Result(detected.format(), new ArrayList<>(), new ArrayList<>());
			BloodPressureParser.parse(detected, lines, BERLIN, true, result);
			return result;
		}
	}

	static Result withProfile(MappingProfile profile, String text) throws Exception {
		try (LineReader lines = LineReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
			Detected header = FormatDetector.csvHeader(FormatDetector.header(lines).orElseThrow(), FileFormat.GENERIC);
			Result result = new Result(FileFormat.GENERIC, new ArrayList<>(), new ArrayList<>());
			BloodPressureParser.parse(profile, header, lines, BERLIN, true, result);
			return result;
		}
	}

	static HrvReport cardioMood(String text) throws Exception {
		try (LineReader lines = LineReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
			Detected detected = FormatDetector.detect(lines).orElseThrow();
			if (detected.format() != FileFormat.CARDIOMOOD) {
				throw new IllegalStateException(detected.format().name());
			}
			return CardioMoodParser.parse(lines, BERLIN, true);
		}
	}

	record Result(FileFormat format, List<BloodPressureReading> readings,
			List<RowError> errors) implements RowSink<BloodPressureReading> {

		@Override
		public void accept(BloodPressureReading row) {
			this.readings.add(row);
		}

		@Override
		public void reject(RowError error) {
			this.errors.add(error);
		}

	}

}
