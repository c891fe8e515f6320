package health.falcon.dropbox.profiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import health.falcon.dropbox.formats.BloodPressureParser;
import health.falcon.dropbox.formats.BloodPressureReading;
import health.falcon.dropbox.formats.Detected;
import health.falcon.dropbox.formats.FileFormat;
import health.falcon.dropbox.formats.FileFormatException;
import health.falcon.dropbox.formats.FormatDetector;
import health.falcon.dropbox.formats.MappingProfile;
import health.falcon.dropbox.formats.RowError;
import health.falcon.dropbox.formats.RowSink;
import health.falcon.dropbox.reading.Line;
import health.falcon.dropbox.reading.LineReader;
import health.falcon.dropbox.reading.UnreadableFileException;
import health.falcon.dropbox.reading.WorkbookLimits;
import health.falcon.dropbox.reading.Workbooks;
import health.falcon.ingest.uploads.UploadWorkers;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads a sample file through a profile without storing anything. The whole file is read
 * (streamed) so that the counts are the ones an import would report; only the first rows
 * and errors are kept. A workbook sample is read within the same {@link WorkbookLimits}
 * as an import; a refused one is a 422 {@code sample-unusable} naming the limit.
 */
@Service
class ProfilePreviewer {

	static final int MAX_ROWS = 20;

	static final int MAX_ERRORS = 20;

	private final WorkbookLimits workbookLimits;

	ProfilePreviewer(WorkbookLimits workbookLimits) {
		this.workbookLimits = workbookLimits;
	}

	ProfilePreview preview(MappingProfile profile, MultipartFile sample, ZoneId zone) {
		Path file = UploadWorkers.keep(sample, "dropbox-preview-").file();
		Path text = file;
		try {
			text = Workbooks.textOf(file, this.workbookLimits);
			return preview(profile, text, zone);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the sample", ex);
		}
		catch (UnreadableFileException ex) {
			throw new SampleUnusableException(ex.getMessage());
		}
		finally {
			UploadWorkers.deleteQuietly(text);
			UploadWorkers.deleteQuietly(file);
		}
	}

	private static ProfilePreview preview(MappingProfile profile, Path text, ZoneId zone) throws IOException {
		try (InputStream in = Files.newInputStream(text); LineReader lines = LineReader.open(in)) {
			Optional<Line> header = FormatDetector.header(lines);
			if (header.isEmpty()) {
				throw new SampleUnusableException("the sample file is empty");
			}
			Detected file = FormatDetector.csvHeader(header.get(), FileFormat.GENERIC);
			Collector collector = new Collector();
			BloodPressureParser.parse(profile, file, lines, zone, true, collector);
			return new ProfilePreview(file.columns(), collector.rows, collector.errors,
					collector.accepted + collector.rejected, collector.rejected);
		}
		catch (UnreadableFileException | FileFormatException ex) {
			throw new SampleUnusableException(ex.getMessage());
		}
	}

	private static final class Collector implements RowSink<BloodPressureReading> {

		private final List<ProfilePreview.Row> rows = new ArrayList<>();

		private final List<RowError> errors = new ArrayList<>();

		private long accepted;

		private long rejected;

		@Override
		public void accept(BloodPressureReading reading) {
			this.accepted++;
			if (this.rows.size() < MAX_ROWS) {
				this.rows.add(new ProfilePreview.Row(reading.line(), reading.time().instant(),
						reading.time().localDateTime(), reading.time().localDate(),
						String.valueOf(reading.time().zoneId()), reading.time().zoneAssumed(), reading.systolic(),
						reading.diastolic(), reading.pulse()));
			}
		}

		@Override
		public void reject(RowError error) {
			this.rejected++;
			if (this.errors.size() < MAX_ERRORS) {
				this.errors.add(error);
			}
		}

	}

}
