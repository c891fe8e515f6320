package health.falcon.fitbit.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import health.falcon.ingest.imports.ImportOrigin;
import health.falcon.ingest.imports.ImportStatus;
import health.falcon.ingest.imports.LegacyImports;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The import runs fitbit-service kept in {@code fitbit_imports} before the one import
 * pipeline, moved by the ingest kit into {@code imported_files} on start-up: the report's
 * layout becomes the format, its record counts the row counts, the progress in data files
 * stays, and the ids stay, so that old {@code Location}s keep answering. A run still
 * queued or running when the service stopped cannot finish any more (its file is gone)
 * and becomes {@code FAILED}.
 */
@Component
class FitbitLegacyImports implements LegacyImports {

	static final String COLLECTION = "fitbit_imports";

	static final String INTERRUPTED = "the import was interrupted by a restart and cannot finish; upload the export again";

	private static final String ARCHIVE = "(archive)";

	private static final Pattern MORE_ERRORS = Pattern.compile("(\\d+) more errors not listed");

	@Override
	public String collection() {
		return COLLECTION;
	}

	@Override
	public Bson filter() {
		// the collection is dropped once every run is moved
		return new Document();
	}

	@Override
	public Document convert(Document legacy) {
		Document progress = Objects.requireNonNullElse(legacy.get("progress", Document.class), new Document());
		Document report = Objects.requireNonNullElse(legacy.get("report", Document.class), new Document());
		ImportStatus status = status(legacy.getString("status"));
		List<Document> errors = new ArrayList<>();
		long moreErrors = 0;
		String reason = null;
		for (Document error : report.getList("errors", Document.class, List.of())) {
			Matcher more = MORE_ERRORS.matcher(Objects.requireNonNullElse(error.getString("reason"), ""));
			if ("*".equals(error.getString("file")) && more.matches()) {
				moreErrors += Long.parseLong(more.group(1));
				continue;
			}
			if (status == ImportStatus.FAILED && ARCHIVE.equals(error.getString("file")) && reason == null) {
				reason = error.getString("reason");
			}
			errors.add(new Document("file", error.getString("file")).append("line", error.get("line"))
				.append("reason", error.getString("reason")));
		}
		if (!status.name().equals(legacy.getString("status"))) {
			reason = INTERRUPTED;
		}
		return new Document("_id", legacy.get("_id")).append("userId", legacy.getString("userId"))
			.append("provider", FitbitImportReader.PROVIDER)
			.append("origin", ImportOrigin.UPLOAD.name())
			.append("fileName", legacy.getString("fileName"))
			.append("size", null)
			.append("sha256", null)
			.append("zone", legacy.getString("zone"))
			.append("zoneAssumed", legacy.getBoolean("zoneAssumed", false))
			.append("profile", null)
			.append("status", status.name())
			.append("reason", reason)
			.append("progress",
					new Document("done", count(progress.get("entriesDone"))).append("total",
							count(progress.get("entriesTotal"))))
			.append("rowsImported", number(report.get("recordsImported")))
			.append("rowsSkipped", number(report.get("recordsSkipped")))
			.append("format", report.getString("layout"))
			.append("files", List.of())
			.append("skipped", skipped(report))
			.append("errors", errors)
			.append("moreErrors", moreErrors)
			.append("createdAt", legacy.get("createdAt"))
			.append("updatedAt", legacy.get("updatedAt"))
			.append("finishedAt", status.finished() ? legacy.get("updatedAt") : null);
	}

	private static ImportStatus status(@Nullable String legacy) {
		return switch (Objects.requireNonNullElse(legacy, "")) {
			case "SUCCEEDED" -> ImportStatus.SUCCEEDED;
			// QUEUED, RUNNING and anything unknown: its worker and kept file are gone
			default -> ImportStatus.FAILED;
		};
	}

	private static List<Document> skipped(Document report) {
		List<Document> skipped = new ArrayList<>();
		for (Document skip : report.getList("skipped", Document.class, List.of())) {
			skipped.add(new Document("file", skip.getString("file")).append("reason", skip.getString("reason"))
				.append("count", number(skip.get("count"))));
		}
		return skipped;
	}

	private static int count(@Nullable Object value) {
		return (value instanceof Number number) ? number.intValue() : 0;
	}

	private static long number(@Nullable Object value) {
		return (value instanceof Number number) ? number.longValue() : 0;
	}

}
