package health.falcon.fitbit.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import health.falcon.ingest.imports.ImportStatus;
import health.falcon.ingest.imports.LegacyImports;
import health.falcon.ingest.imports.LegacyRecords;
import org.bson.Document;

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

	private static final String ARCHIVE = "(archive)";

	private static final Pattern MORE_ERRORS = Pattern.compile("(\\d+) more errors not listed");

	@Override
	public String collection() {
		return COLLECTION;
	}

	@Override
	public Document convert(Document legacy) {
		Document converted = LegacyRecords.upload(legacy, FitbitExportImporter.PROVIDER);
		boolean failed = ImportStatus.FAILED.name().equals(legacy.getString("status"));
		Document progress = Objects.requireNonNullElse(legacy.get("progress", Document.class), new Document());
		Document report = Objects.requireNonNullElse(legacy.get("report", Document.class), new Document());
		List<Document> errors = new ArrayList<>();
		long moreErrors = 0;
		for (Document error : report.getList("errors", Document.class, List.of())) {
			Matcher more = MORE_ERRORS.matcher(Objects.requireNonNullElse(error.getString("reason"), ""));
			if ("*".equals(error.getString("file")) && more.matches()) {
				moreErrors += Long.parseLong(more.group(1));
				continue;
			}
			if (failed && ARCHIVE.equals(error.getString("file")) && converted.get("reason") == null) {
				converted.put("reason", error.getString("reason"));
			}
			errors.add(new Document("file", error.getString("file")).append("line", error.get("line"))
				.append("reason", error.getString("reason")));
		}
		return converted.append("zone", legacy.getString("zone"))
			.append("zoneAssumed", legacy.getBoolean("zoneAssumed", false))
			.append("progress",
					new Document("done", (int) LegacyRecords.count(progress.get("entriesDone"))).append("total",
							(int) LegacyRecords.count(progress.get("entriesTotal"))))
			.append("rowsImported", LegacyRecords.count(report.get("recordsImported")))
			.append("rowsSkipped", LegacyRecords.count(report.get("recordsSkipped")))
			.append("format", report.getString("layout"))
			.append("skipped", skipped(report))
			.append("errors", errors)
			.append("moreErrors", moreErrors);
	}

	private static List<Document> skipped(Document report) {
		List<Document> skipped = new ArrayList<>();
		for (Document skip : report.getList("skipped", Document.class, List.of())) {
			skipped.add(new Document("file", skip.getString("file")).append("reason", skip.getString("reason"))
				.append("count", LegacyRecords.count(skip.get("count"))));
		}
		return skipped;
	}

}
