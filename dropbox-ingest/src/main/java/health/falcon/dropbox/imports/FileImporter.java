package health.falcon.dropbox.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import health.falcon.ingest.imports.DropboxLocation;
import health.falcon.ingest.imports.ImportJob;
import health.falcon.ingest.imports.ImportReport;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Reads one kept file for the ingest kit's import pipeline: recognises it by content,
 * parses it and stores what it yields, telling the import's report the format, the rows
 * stored and rejected, and how the file ended. MyFitnessPal and Fitbit exports are handed
 * over ({@code HANDED_OFF}); workbooks are read as their first sheet; text files by their
 * header or title, or through a column mapping profile. Binary content and unknown
 * headers are {@code UNSUPPORTED}; a recognised file that cannot be read as a whole is
 * {@code FAILED}. Rows carry the Dropbox revision of a synced file.
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

	/**
	 * Read one file. A MyFitnessPal or Fitbit export (ZIP, or a MyFitnessPal CSV) is
	 * handed over to the service that imports it, naming the job's record; a workbook is
	 * read as its first sheet; a text file by its header or title, else through the
	 * mapping profile the job names (whatever the header) or the user's newest profile
	 * whose columns it has.
	 * @param job the file, its record, owner, zone and profile
	 * @param report where the outcome is told
	 * @throws IOException if the file cannot be read
	 */
	void read(ImportJob job, ImportReport report) throws IOException {
		Path file = job.file().path();
		if (Workbooks.isZip(file)) {
			Optional<ForeignFormat> export = ForeignFormat.ofArchive(file);
			if (export.isPresent()) {
				handOver(job, export.get(), report);
				return;
			}
		}
		Path text;
		try {
			text = Workbooks.textOf(file, this.workbookLimits);
		}
		catch (WorkbookRefusedException ex) {
			report.refuse("refused: " + ex.getMessage());
			return;
		}
		catch (UnreadableFileException ex) {
			report.unsupported(ex.getMessage());
			return;
		}
		try {
			readText(job, text, chosenProfile(job), report);
		}
		finally {
			if (!text.equals(file)) {
				Files.deleteIfExists(text);
			}
		}
	}

	private @Nullable MappingProfile chosenProfile(ImportJob job) {
		String id = job.profile();
		if (id == null) {
			return null;
		}
		// checked when the upload was accepted; a profile deleted since then reads
		// as no choice
		return this.profiles.find(job.userId(), id).map(StoredProfile::toProfile).orElse(null);
	}

	private void readText(ImportJob job, Path text, @Nullable MappingProfile chosen, ImportReport report)
			throws IOException {
		try (InputStream in = Files.newInputStream(text); LineReader lines = LineReader.open(in)) {
			Optional<Line> header = FormatDetector.header(lines);
			if (header.isEmpty()) {
				report.unsupported("the file is empty");
				return;
			}
			Optional<Detected> detected = (chosen != null) ? Optional.empty() : FormatDetector.recognise(header.get());
			if (detected.isPresent()) {
				builtIn(job, detected.get(), lines, report);
				return;
			}
			Detected csv = FormatDetector.csvHeader(header.get(), FileFormat.GENERIC);
			MappingProfile profile = chosen;
			if (profile == null) {
				Optional<ForeignFormat> export = ForeignFormat.ofHeader(csv.columns());
				if (export.isPresent()) {
					handOver(job, export.get(), report);
					return;
				}
				profile = this.profiles.matching(job.userId(), csv.columns())
					.map(StoredProfile::toProfile)
					.orElse(null);
			}
			if (profile == null) {
				report.unsupported("format not recognised: the first line is not a known header or report title, "
						+ "and no column mapping profile fits it");
				return;
			}
			report.format(FileFormat.GENERIC.name());
			ReadingBatches batches = batches(job, FileFormat.GENERIC, report);
			try {
				BloodPressureParser.parse(profile, csv, lines, job.zone(), job.zoneAssumed(), batches);
				batches.flush();
			}
			catch (FileFormatException ex) {
				report.refuse(ex.getMessage());
			}
		}
		catch (UnreadableFileException | FileFormatException ex) {
			report.unsupported(ex.getMessage());
		}
	}

	private void builtIn(ImportJob job, Detected detected, LineReader lines, ImportReport report) {
		FileFormat format = detected.format();
		report.format(format.name());
		try {
			if (format == FileFormat.CARDIOMOOD) {
				hrv(job, CardioMoodParser.parse(lines, job.zone(), job.zoneAssumed()), report);
				return;
			}
			ReadingBatches batches = batches(job, format, report);
			BloodPressureParser.parse(detected, lines, job.zone(), job.zoneAssumed(), batches);
			batches.flush();
		}
		catch (FileFormatException ex) {
			report.refuse(ex.getMessage());
		}
	}

	private ReadingBatches batches(ImportJob job, FileFormat format, ImportReport report) {
		return new ReadingBatches(this.bloodPressure, job.userId(), source(job, format), this.properties.batchSize(),
				report);
	}

	private void handOver(ImportJob job, ForeignFormat format, ImportReport report) {
		report.format(format.name());
		HandOffResult result = this.handOff.handOver(format,
				new HandOffFile(job.id(), job.userId(), job.file().path(), job.file().fileName(), job.file().sha256()));
		if (result.accepted()) {
			report.handedOff(result.reason());
		}
		else {
			report.refuse(result.reason());
		}
	}

	private void hrv(ImportJob job, HrvReport hrv, ImportReport report) {
		this.hrv.upsert(job.userId(), source(job, FileFormat.CARDIOMOOD), hrv);
		// a report's rows are its RR beats
		report.imported(hrv.rr().size());
		hrv.errors().forEach((error) -> report.rejected(null, error.line(), error.reason()));
		if (hrv.disagrees()) {
			report.note("the report's " + String.join(", ", hrv.disagreements())
					+ " disagree with the values recomputed from its RR series");
		}
	}

	private static FileSource source(ImportJob job, FileFormat format) {
		DropboxLocation dropbox = job.dropbox();
		DropboxRevision revision = (dropbox != null)
				? new DropboxRevision(dropbox.dropboxId(), dropbox.path(), dropbox.rev(), dropbox.contentHash()) : null;
		return new FileSource(job.file().fileName(), job.file().sha256(), format.name(), revision);
	}

}
