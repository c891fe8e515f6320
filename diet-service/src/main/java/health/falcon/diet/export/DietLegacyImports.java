package health.falcon.diet.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import health.falcon.ingest.imports.ImportStatus;
import health.falcon.ingest.imports.LegacyImports;
import health.falcon.ingest.imports.LegacyRecords;
import health.falcon.ingest.imports.UploadLimits;
import org.bson.Document;

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

	@Override
	public String collection() {
		return COLLECTION;
	}

	@Override
	public Document convert(Document legacy) {
		Document converted = LegacyRecords.upload(legacy, MyFitnessPalImporter.PROVIDER);
		boolean failed = ImportStatus.FAILED.name().equals(legacy.getString("status"));
		Document report = Objects.requireNonNullElse(legacy.get("report", Document.class), new Document());
		List<Document> files = new ArrayList<>();
		List<Document> errors = new ArrayList<>();
		long imported = 0;
		long skipped = 0;
		long moreErrors = 0;
		for (Document file : report.getList("files", Document.class, List.of())) {
			List<Document> problems = file.getList("errors", Document.class, List.of());
			if (failed && converted.getString("fileName").equals(file.getString("file")) && !problems.isEmpty()) {
				// the upload itself was refused: its first error is why
				converted.put("reason", problems.get(0).getString("reason"));
				continue;
			}
			imported += LegacyRecords.count(file.get("rowsImported"));
			skipped += LegacyRecords.count(file.get("rowsSkipped"));
			files.add(new Document("name", file.getString("file")).append("kind", file.getString("kind"))
				.append("rowsImported", LegacyRecords.count(file.get("rowsImported")))
				.append("rowsSkipped", LegacyRecords.count(file.get("rowsSkipped"))));
			for (Document problem : problems) {
				if (errors.size() < UploadLimits.DEFAULT_MAX_ERRORS) {
					errors.add(new Document("file", file.getString("file")).append("line", problem.get("line"))
						.append("reason", problem.getString("reason")));
				}
				else {
					moreErrors++;
				}
			}
		}
		return converted.append("progress", new Document("done", files.size()).append("total", files.size()))
			.append("rowsImported", imported)
			.append("rowsSkipped", skipped)
			.append("files", files)
			.append("errors", errors)
			.append("moreErrors", moreErrors);
	}

}
