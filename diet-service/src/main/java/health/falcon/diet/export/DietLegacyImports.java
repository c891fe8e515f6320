package health.falcon.diet.export;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import health.falcon.ingest.imports.LegacyImports;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The import runs diet-service kept before the one import pipeline, in
 * {@value #COLLECTION} ({@code _id, userId, status, fileName, createdAt, updatedAt,
 * report: {files: [{file, kind, rowsImported, rowsSkipped, errors: [{line, reason}]}]}}),
 * converted to the {@code imported_files} shape on start-up (provider
 * {@code myfitnesspal}, origin {@code UPLOAD}); the kit drops the old collection once
 * every run is copied. A run refused as a whole (one file report for the upload itself,
 * with its errors) becomes a {@code FAILED} record whose reason is that error; a run
 * still queued or running when the old service stopped never finished, and becomes
 * {@code FAILED} too.
 */
@Component
class DietLegacyImports implements LegacyImports {

	static final String COLLECTION = "diet_imports";

	static final String INTERRUPTED = "the import was interrupted by a restart before it finished; "
			+ "upload the file again";

	@Override
	public String collection() {
		return COLLECTION;
	}

	@Override
	public Bson filter() {
		return new Document();
	}

	@Override
	public Document convert(Document legacy) {
		String fileName = Objects.requireNonNullElse(legacy.getString("fileName"), "export.zip");
		String status = Objects.requireNonNullElse(legacy.getString("status"), "FAILED");
		Document report = Objects.requireNonNullElse(legacy.get("report", Document.class), new Document());
		List<Document> files = new ArrayList<>();
		List<Document> errors = new ArrayList<>();
		String reason = null;
		long imported = 0;
		long skipped = 0;
		long moreErrors = 0;
		for (Document file : report.getList("files", Document.class, List.of())) {
			List<Document> problems = file.getList("errors", Document.class, List.of());
			if ("FAILED".equals(status) && fileName.equals(file.getString("file")) && !problems.isEmpty()) {
				reason = problems.get(0).getString("reason");
				continue;
			}
			long rowsImported = longOf(file.get("rowsImported"));
			long rowsSkipped = longOf(file.get("rowsSkipped"));
			imported += rowsImported;
			skipped += rowsSkipped;
			files.add(new Document("name", file.getString("file")).append("kind", file.getString("kind"))
				.append("rowsImported", rowsImported)
				.append("rowsSkipped", rowsSkipped));
			for (Document problem : problems) {
				if (errors.size() < DietImportProperties.MAX_ERRORS) {
					errors.add(new Document("file", file.getString("file")).append("line", problem.get("line"))
						.append("reason", problem.getString("reason")));
				}
				else {
					moreErrors++;
				}
			}
		}
		if ("QUEUED".equals(status) || "RUNNING".equals(status)) {
			status = "FAILED";
			reason = INTERRUPTED;
		}
		Date updatedAt = legacy.getDate("updatedAt");
		return new Document("_id", legacy.get("_id")).append("userId", legacy.getString("userId"))
			.append("provider", MyFitnessPalImportReader.PROVIDER)
			.append("origin", "UPLOAD")
			.append("fileName", fileName)
			.append("size", null)
			.append("sha256", null)
			.append("zone", null)
			.append("zoneAssumed", false)
			.append("profile", null)
			.append("status", status)
			.append("progress", new Document("done", files.size()).append("total", files.size()))
			.append("rowsImported", imported)
			.append("rowsSkipped", skipped)
			.append("format", null)
			.append("reason", reason)
			.append("files", files)
			.append("skipped", List.of())
			.append("errors", errors)
			.append("moreErrors", moreErrors)
			.append("createdAt", legacy.getDate("createdAt"))
			.append("updatedAt", updatedAt)
			.append("finishedAt", updatedAt);
	}

	private static long longOf(@Nullable Object value) {
		return (value instanceof Number number) ? number.longValue() : 0;
	}

}
