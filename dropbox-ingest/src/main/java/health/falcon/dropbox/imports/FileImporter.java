package health.falcon.dropbox.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

import health.falcon.dropbox.formats.BloodPressureParser;
import health.falcon.dropbox.formats.CardioMoodParser;
import health.falcon.dropbox.formats.Detected;
import health.falcon.dropbox.formats.FileFormat;
import health.falcon.dropbox.formats.FileFormatException;
import health.falcon.dropbox.formats.FormatDetector;
import health.falcon.dropbox.formats.HrvReport;
import health.falcon.dropbox.reading.LineReader;
import health.falcon.dropbox.reading.UnreadableFileException;
import health.falcon.dropbox.store.BloodPressureStore;
import health.falcon.dropbox.store.FileSource;
import health.falcon.dropbox.store.HrvRecordingStore;

import org.springframework.stereotype.Component;

/**
 * Imports one kept file: reads it ({@link LineReader}), recognises its format by content,
 * parses it and stores what it yields. Binary content, workbooks and unknown headers are
 * {@code UNSUPPORTED}; a recognised file that cannot be read as a whole is
 * {@code FAILED}.
 */
@Component
class FileImporter {

	private final BloodPressureStore bloodPressure;

	private final HrvRecordingStore hrv;

	private final ImportProperties properties;

	FileImporter(BloodPressureStore bloodPressure, HrvRecordingStore hrv, ImportProperties properties) {
		this.bloodPressure = bloodPressure;
		this.hrv = hrv;
		this.properties = properties;
	}

	ImportOutcome importFile(String userId, Path file, String fileName, String sha256, ZoneId zone, boolean zoneAssumed)
			throws IOException {
		try (InputStream in = Files.newInputStream(file); LineReader lines = LineReader.open(in)) {
			Optional<Detected> detected = FormatDetector.detect(lines);
			if (detected.isEmpty()) {
				return ImportOutcome.refused(null, ImportStatus.UNSUPPORTED,
						"format not recognised: the first line is not a known header or report title");
			}
			FileFormat format = detected.get().format();
			FileSource source = new FileSource(fileName, sha256, format.name());
			try {
				if (format == FileFormat.CARDIOMOOD) {
					return hrv(userId, source, CardioMoodParser.parse(lines, zone, zoneAssumed));
				}
				ReadingBatches batches = new ReadingBatches(this.bloodPressure, userId, source,
						this.properties.batchSize(), this.properties.maxErrors());
				BloodPressureParser.parse(detected.get(), lines, zone, zoneAssumed, batches);
				return batches.finish(format.name());
			}
			catch (FileFormatException ex) {
				return ImportOutcome.refused(format.name(), ImportStatus.FAILED, ex.getMessage());
			}
		}
		catch (UnreadableFileException ex) {
			return ImportOutcome.refused(null, ImportStatus.UNSUPPORTED, ex.getMessage());
		}
		catch (FileFormatException ex) {
			return ImportOutcome.refused(null, ImportStatus.UNSUPPORTED, ex.getMessage());
		}
	}

	private ImportOutcome hrv(String userId, FileSource source, HrvReport report) {
		this.hrv.upsert(userId, source, report);
		String reason = report.disagrees() ? "the report's " + String.join(", ", report.disagreements())
				+ " disagree with the values recomputed from its RR series" : null;
		return new ImportOutcome(source.format(), ImportStatus.SUCCEEDED, report.rr().size(), report.errors().size(),
				report.errors().subList(0, Math.min(report.errors().size(), this.properties.maxErrors())), reason);
	}

}
