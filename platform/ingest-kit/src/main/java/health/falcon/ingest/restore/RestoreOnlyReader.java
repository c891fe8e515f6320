package health.falcon.ingest.restore;

import health.falcon.documents.archive.ExportArchiveFormat;
import health.falcon.ingest.imports.ImportJob;
import health.falcon.ingest.imports.ImportReader;
import health.falcon.ingest.imports.ImportReport;
import health.falcon.ingest.imports.KeptFile;
import health.falcon.ingest.imports.UploadLimits;
import org.jspecify.annotations.Nullable;

/**
 * The reader of a service that imports no files of its own but restores collections
 * (fitness-service): its upload endpoint accepts only a {@code falcon-export} archive,
 * which the kit reads in its place; anything else is refused on sight.
 */
public class RestoreOnlyReader implements ImportReader {

	private final String provider;

	private final UploadLimits limits;

	/**
	 * Create the reader.
	 * @param provider the provider in the upload path
	 * @param limits the upload bounds
	 */
	public RestoreOnlyReader(String provider, UploadLimits limits) {
		this.provider = provider;
		this.limits = limits;
	}

	@Override
	public String provider() {
		return this.provider;
	}

	@Override
	public UploadLimits limits() {
		return this.limits;
	}

	@Override
	public @Nullable String refuse(KeptFile file) {
		return "Only a Falcon export archive (" + ExportArchiveFormat.FORMAT + ") can be imported through "
				+ this.provider + ".";
	}

	@Override
	public void read(ImportJob job, ImportReport report) {
		report.unsupported("not a Falcon export archive");
	}

}
