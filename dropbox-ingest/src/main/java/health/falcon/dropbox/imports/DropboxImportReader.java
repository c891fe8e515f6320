package health.falcon.dropbox.imports;

import java.io.IOException;

import health.falcon.dropbox.profiles.MappingProfiles;
import health.falcon.dropbox.profiles.ProfileNotFoundException;
import health.falcon.ingest.imports.ImportJob;
import health.falcon.ingest.imports.ImportReader;
import health.falcon.ingest.imports.ImportReport;
import health.falcon.ingest.imports.ImportRequest;
import health.falcon.ingest.imports.UploadLimits;

import org.springframework.stereotype.Component;

/**
 * The {@code dropbox} reader of the ingest kit's import pipeline: blood-pressure files
 * and CardioMood reports uploaded to {@code /api/connections/dropbox/imports} or synced
 * from the user's Dropbox folder ({@link DropboxFiles}), read by {@link FileImporter}. An
 * upload may name one of the user's mapping profiles ({@code profile}); another user's or
 * an unknown one is 404 {@code profile-not-found}.
 */
@Component
class DropboxImportReader implements ImportReader {

	/** The provider in the import paths and on every record. */
	static final String PROVIDER = "dropbox";

	private final FileImporter importer;

	private final MappingProfiles profiles;

	private final UploadLimits limits;

	DropboxImportReader(FileImporter importer, MappingProfiles profiles, ImportProperties properties) {
		this.importer = importer;
		this.profiles = profiles;
		this.limits = properties.limits();
	}

	@Override
	public String provider() {
		return PROVIDER;
	}

	@Override
	public UploadLimits limits() {
		return this.limits;
	}

	@Override
	public void validate(ImportRequest request) {
		String profile = request.profile();
		if (profile != null && this.profiles.find(request.userId(), profile).isEmpty()) {
			throw new ProfileNotFoundException();
		}
	}

	@Override
	public void read(ImportJob job, ImportReport report) throws IOException {
		this.importer.read(job, report);
	}

}
