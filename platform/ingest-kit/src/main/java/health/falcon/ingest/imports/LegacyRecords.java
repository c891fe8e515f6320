package health.falcon.ingest.imports;

import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * The common part of converting an old import run into an {@code imported_files} record,
 * for {@link LegacyImports#convert}: the id, owner, provider, origin {@code UPLOAD}, file
 * name, status and timestamps, with every other field of the current shape at its empty
 * value, for the converter to fill from the old report. A run that was still queued or
 * running when the old service stopped can never finish (its kept file and worker are
 * gone): it becomes {@code FAILED} with {@link #INTERRUPTED} as its reason.
 */
public final class LegacyRecords {

	/** The reason of a run the old service never finished. */
	public static final String INTERRUPTED = "the import was interrupted by a restart before it finished; "
			+ "upload the file again";

	private LegacyRecords() {
	}

	/**
	 * Start the converted record of an old upload.
	 * @param legacy the old run ({@code _id}, {@code userId}, {@code status},
	 * {@code fileName}, {@code createdAt}, {@code updatedAt} are read)
	 * @param provider the provider the record now belongs to
	 * @return the record, to complete with the old report's counts, files and errors
	 */
	public static Document upload(Document legacy, String provider) {
		ImportStatus status = "SUCCEEDED".equals(legacy.getString("status")) ? ImportStatus.SUCCEEDED
				: ImportStatus.FAILED;
		boolean interrupted = !status.name().equals(legacy.getString("status"))
				&& !"FAILED".equals(legacy.getString("status"));
		Date updatedAt = legacy.getDate("updatedAt");
		return new Document("_id", legacy.get("_id")).append("userId", legacy.getString("userId"))
			.append("provider", provider)
			.append("origin", ImportOrigin.UPLOAD.name())
			.append("fileName", Objects.requireNonNullElse(legacy.getString("fileName"), "upload"))
			.append("size", null)
			.append("sha256", null)
			.append("zone", null)
			.append("zoneAssumed", false)
			.append("profile", null)
			.append("status", status.name())
			.append("reason", interrupted ? INTERRUPTED : null)
			.append("progress", new Document("done", 0).append("total", 0))
			.append("rowsImported", 0L)
			.append("rowsSkipped", 0L)
			.append("format", null)
			.append("files", List.of())
			.append("skipped", List.of())
			.append("errors", List.of())
			.append("moreErrors", 0L)
			.append("createdAt", legacy.getDate("createdAt"))
			.append("updatedAt", updatedAt)
			.append("finishedAt", updatedAt);
	}

	/**
	 * A count of an old report.
	 * @param value the stored value
	 * @return its value as a long, 0 when missing or not a number
	 */
	public static long count(@Nullable Object value) {
		return (value instanceof Number number) ? number.longValue() : 0;
	}

}
