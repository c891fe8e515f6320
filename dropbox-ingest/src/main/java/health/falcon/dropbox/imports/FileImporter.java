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
import health.falcon.dropbox.formats.MappingProfile;
import health.falcon.dropbox.handoff.ExportHandOff;
import health.falcon.dropbox.handoff.ForeignFormat;
import health.falcon.dropbox.handoff.HandOffFile;
import health.falcon.dropbox.handoff.HandOffResult;
import health.falcon.dropbox.profiles.MappingProfiles;
import health.falcon.dropbox.profiles.StoredProfile;
import health.falcon.dropbox.reading.Line;
import health.falcon.dropbox.reading.LineReader;
import health.falcon.dropbox.reading.UnreadableFileException;
import health.falcon.dropbox.reading.WorkbookLimits;
import health.falcon.dropbox.reading.WorkbookRefusedException;
import health.falcon.dropbox.reading.Workbooks;
import health.falcon.dropbox.store.BloodPressureStore;
import health.falcon.dropbox.store.DropboxRevision;
import health.falcon.dropbox.store.FileSource;
import health.falcon.dropbox.store.HrvRecordingStore;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Imports one kept file: recognises it by content, parses it and stores what it yields.
 * MyFitnessPal and Fitbit exports are handed over ({@code HANDED_OFF}); workbooks are
 * read as their first sheet; text files by their header or title, or through a column
 * mapping profile. Binary content and unknown headers are {@code UNSUPPORTED}; a
 * recognised file that cannot be read as a whole is {@code FAILED}.
 */
@Component
class FileImporter {

	private final BloodPressureStore bloodPressure;

	private final HrvRecordingStore hrv;

	private final ImportProperties properties;

	private final MappingProfiles profiles;

	private final ExportHandOff handOff;

	private final WorkbookLimits workbookLimits;

	FileImporter(BloodPressureStore bloodPressure, HrvRecordingStore hrv, ImportProperties properties,
			MappingProfiles profiles, ExportHandOff handOff, WorkbookLimits workbookLimits) {
		this.workbookLimits = workbookLimits;
		this.bloodPressure = bloodPressure;
		this.hrv = hrv;
		this.properties = properties;
		this.profiles = profiles;
		this.handOff = handOff;
	}

	ImportOutcome importFile(String recordId, String userId, Path file, String fileName, String sha256, ZoneId zone,
			boolean zoneAssumed) throws IOException {
		return importFile(recordId, userId, file, fileName, sha256, zone, zoneAssumed, null);
	}

	/**
	 * Import one file; rows carry the Dropbox revision they were read from, if any.
	 */
	ImportOutcome importFile(String recordId, String userId, Path file, String fileName, String sha256, ZoneId zone,
			boolean zoneAssumed, @Nullable DropboxRevision dropbox) throws IOException {
		return importFile(recordId, userId, file, fileName, sha256, zone, zoneAssumed, dropbox, null);
	}

	/**
	 * Import one file. Recognised by content: a MyFitnessPal or Fitbit export (ZIP, or a
	 * MyFitnessPal CSV) is handed over to the service that imports it; a workbook is read
	 * as its first sheet; a text file by its header or title, else through the given
	 * mapping profile or the user's newest profile whose columns it has.
	 * @param recordId the file's {@code imported_files} record, which a hand-off names
	 * @param profile a mapping profile the user chose for this file, which then applies
	 * whatever the header is
	 */
	ImportOutcome importFile(String recordId, String userId, Path file, String fileName, String sha256, ZoneId zone,
			boolean zoneAssumed, @Nullable DropboxRevision dropbox, @Nullable MappingProfile profile)
			throws IOException {
		Origin origin = new Origin(recordId, file, fileName, sha256, dropbox);
		if (Workbooks.isZip(file)) {
			Optional<ForeignFormat> export = ForeignFormat.ofArchive(file);
			if (export.isPresent()) {
				return handOver(userId, export.get(), origin);
			}
		}
		Path text;
		try {
			text = Workbooks.textOf(file, this.workbookLimits);
		}
		catch (WorkbookRefusedException ex) {
			return ImportOutcome.refused(null, ImportStatus.FAILED, "refused: " + ex.getMessage());
		}
		catch (UnreadableFileException ex) {
			return ImportOutcome.refused(null, ImportStatus.UNSUPPORTED, ex.getMessage());
		}
		try {
			return importText(userId, origin, text, zone, zoneAssumed, profile);
		}
		finally {
			if (!text.equals(file)) {
				Files.deleteIfExists(text);
			}
		}
	}

	private ImportOutcome importText(String userId, Origin origin, Path text, ZoneId zone, boolean zoneAssumed,
			@Nullable MappingProfile chosen) throws IOException {
		try (InputStream in = Files.newInputStream(text); LineReader lines = LineReader.open(in)) {
			Optional<Line> header = FormatDetector.header(lines);
			if (header.isEmpty()) {
				return ImportOutcome.refused(null, ImportStatus.UNSUPPORTED, "the file is empty");
			}
			Optional<Detected> detected = (chosen != null) ? Optional.empty() : FormatDetector.recognise(header.get());
			if (detected.isPresent()) {
				return builtIn(userId, origin, detected.get(), lines, zone, zoneAssumed);
			}
			Detected csv = FormatDetector.csvHeader(header.get(), FileFormat.GENERIC);
			MappingProfile profile = chosen;
			if (profile == null) {
				Optional<ForeignFormat> export = ForeignFormat.ofHeader(csv.columns());
				if (export.isPresent()) {
					return handOver(userId, export.get(), origin);
				}
				profile = this.profiles.matching(userId, csv.columns()).map(StoredProfile::toProfile).orElse(null);
			}
			if (profile == null) {
				return ImportOutcome.refused(null, ImportStatus.UNSUPPORTED,
						"format not recognised: the first line is not a known header or report title, "
								+ "and no column mapping profile fits it");
			}
			ReadingBatches batches = batches(userId, origin.source(FileFormat.GENERIC));
			try {
				BloodPressureParser.parse(profile, csv, lines, zone, zoneAssumed, batches);
				return batches.finish(FileFormat.GENERIC.name());
			}
			catch (FileFormatException ex) {
				return ImportOutcome.refused(FileFormat.GENERIC.name(), ImportStatus.FAILED, ex.getMessage());
			}
		}
		catch (UnreadableFileException | FileFormatException ex) {
			return ImportOutcome.refused(null, ImportStatus.UNSUPPORTED, ex.getMessage());
		}
	}

	private ImportOutcome builtIn(String userId, Origin origin, Detected detected, LineReader lines, ZoneId zone,
			boolean zoneAssumed) {
		FileFormat format = detected.format();
		FileSource source = origin.source(format);
		try {
			if (format == FileFormat.CARDIOMOOD) {
				return hrv(userId, source, CardioMoodParser.parse(lines, zone, zoneAssumed));
			}
			ReadingBatches batches = batches(userId, source);
			BloodPressureParser.parse(detected, lines, zone, zoneAssumed, batches);
			return batches.finish(format.name());
		}
		catch (FileFormatException ex) {
			return ImportOutcome.refused(format.name(), ImportStatus.FAILED, ex.getMessage());
		}
	}

	private ReadingBatches batches(String userId, FileSource source) {
		return new ReadingBatches(this.bloodPressure, userId, source, this.properties.batchSize(),
				this.properties.maxErrors());
	}

	private ImportOutcome handOver(String userId, ForeignFormat format, Origin origin) {
		HandOffResult result = this.handOff.handOver(format,
				new HandOffFile(origin.recordId(), userId, origin.file(), origin.fileName(), origin.sha256()));
		return ImportOutcome.refused(format.name(), result.accepted() ? ImportStatus.HANDED_OFF : ImportStatus.FAILED,
				result.reason());
	}

	/**
	 * The file being imported and where it came from.
	 */
	private record Origin(String recordId, Path file, String fileName, String sha256,
			@Nullable DropboxRevision dropbox) {

		FileSource source(FileFormat format) {
			return new FileSource(this.fileName, this.sha256, format.name(), this.dropbox);
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
