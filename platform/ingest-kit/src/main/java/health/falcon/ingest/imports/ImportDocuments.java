package health.falcon.ingest.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Maps {@code imported_files} records to {@link ImportView} and results to their fields.
 */
final class ImportDocuments {

	private ImportDocuments() {
	}

	static Document result(ImportResult result) {
		List<Document> files = new ArrayList<>();
		result.files()
			.forEach((file) -> files.add(new Document("name", file.name()).append("kind", file.kind())
				.append("rowsImported", file.rowsImported())
				.append("rowsSkipped", file.rowsSkipped())));
		List<Document> skipped = new ArrayList<>();
		result.skipped()
			.forEach((skip) -> skipped
				.add(new Document("file", skip.file()).append("reason", skip.reason()).append("count", skip.count())));
		List<Document> errors = new ArrayList<>();
		result.errors()
			.forEach((error) -> errors
				.add(new Document("file", error.file()).append("line", error.line()).append("reason", error.reason())));
		return new Document("status", result.status().name()).append("reason", result.reason())
			.append("format", result.format())
			.append("rowsImported", result.rowsImported())
			.append("rowsSkipped", result.rowsSkipped())
			.append("files", files)
			.append("skipped", skipped)
			.append("errors", errors)
			.append("moreErrors", result.moreErrors());
	}

	static ImportView view(Document file) {
		Document progress = Objects.requireNonNullElse(file.get("progress", Document.class), new Document());
		return new ImportView(file.getString("_id"), file.getString("provider"),
				ImportOrigin.valueOf(file.getString("origin")),
				Objects.requireNonNullElse(file.getString("fileName"), ""), longOrNull(file.get("size")),
				file.getString("sha256"), file.getString("format"), ImportStatus.valueOf(file.getString("status")),
				file.getString("reason"), file.getString("duplicateOf"), file.getString("zone"),
				file.getBoolean("zoneAssumed", false),
				new ImportView.Progress(count(progress, "done"), count(progress, "total")),
				longOf(file.get("rowsImported")), longOf(file.get("rowsSkipped")), files(file), skipped(file),
				errors(file), longOf(file.get("moreErrors")), dropbox(file), instant(file, "createdAt"),
				instant(file, "updatedAt"), instant(file, "finishedAt"));
	}

	private static List<ImportView.FileSummary> files(Document file) {
		List<ImportView.FileSummary> files = new ArrayList<>();
		for (Document entry : file.getList("files", Document.class, List.of())) {
			files.add(new ImportView.FileSummary(entry.getString("name"), entry.getString("kind"),
					longOf(entry.get("rowsImported")), longOf(entry.get("rowsSkipped"))));
		}
		return files;
	}

	private static List<ImportView.Skipped> skipped(Document file) {
		List<ImportView.Skipped> skipped = new ArrayList<>();
		for (Document entry : file.getList("skipped", Document.class, List.of())) {
			skipped.add(new ImportView.Skipped(entry.getString("file"), entry.getString("reason"),
					longOf(entry.get("count"))));
		}
		return skipped;
	}

	private static List<ImportView.RowError> errors(Document file) {
		List<ImportView.RowError> errors = new ArrayList<>();
		for (Document entry : file.getList("errors", Document.class, List.of())) {
			Object line = entry.get("line");
			errors.add(new ImportView.RowError(entry.getString("file"),
					(line instanceof Number number) ? number.intValue() : null, entry.getString("reason")));
		}
		return errors;
	}

	private static @Nullable DropboxLocation dropbox(Document file) {
		if (!ImportOrigin.DROPBOX.name().equals(file.getString("origin")) || file.getString("dropboxId") == null) {
			return null;
		}
		return new DropboxLocation(file.getString("dropboxId"), file.getString("path"), file.getString("rev"),
				file.getString("contentHash"), file.getString("importedRev"), file.getBoolean("deleted", false),
				instant(file, "deletedAt"));
	}

	private static @Nullable Instant instant(Document file, String field) {
		return (file.get(field) instanceof Date date) ? date.toInstant() : null;
	}

	private static int count(Document document, String field) {
		return (document.get(field) instanceof Number number) ? number.intValue() : 0;
	}

	private static long longOf(@Nullable Object value) {
		return (value instanceof Number number) ? number.longValue() : 0;
	}

	private static @Nullable Long longOrNull(@Nullable Object value) {
		return (value instanceof Number number) ? number.longValue() : null;
	}

}
