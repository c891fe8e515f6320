package health.falcon.fitbit.export;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code fitbit_imports} collection: one document per import run with its status,
 * progress and report. Every read is scoped to the owner.
 */
@Repository
class ImportRuns {

	static final String COLLECTION = "fitbit_imports";

	private final MongoCollection<Document> runs;

	private final Clock clock;

	ImportRuns(MongoTemplate mongo, Clock clock) {
		this.runs = mongo.getCollection(COLLECTION);
		this.clock = clock;
	}

	void create(String id, String userId, String fileName, String zone, boolean zoneAssumed) {
		Date now = Date.from(this.clock.instant());
		this.runs.insertOne(new Document("_id", id).append("userId", userId)
			.append("status", ImportStatus.QUEUED.name())
			.append("fileName", fileName)
			.append("zone", zone)
			.append("zoneAssumed", zoneAssumed)
			.append("progress", progress(0, 0))
			.append("createdAt", now)
			.append("updatedAt", now));
	}

	void status(String id, ImportStatus status) {
		set(id, new Document("status", status.name()));
	}

	void progress(String id, int done, int total) {
		set(id, new Document("progress", progress(done, total)));
	}

	void finish(String id, ImportStatus status, ImportReport report) {
		set(id, new Document("status", status.name()).append("report", report(report)));
	}

	Optional<ImportView> find(String userId, String id) {
		Document run = this.runs.find(Filters.and(Filters.eq("_id", id), Filters.eq("userId", userId))).first();
		return Optional.ofNullable(run).map(ImportRuns::view);
	}

	private void set(String id, Document fields) {
		fields.append("updatedAt", Date.from(this.clock.instant()));
		this.runs.updateOne(Filters.eq("_id", id), new Document("$set", fields));
	}

	private static Document progress(int done, int total) {
		return new Document("entriesDone", done).append("entriesTotal", total);
	}

	private static Document report(ImportReport report) {
		List<Document> skipped = new ArrayList<>();
		report.skipped()
			.forEach((skip) -> skipped
				.add(new Document("file", skip.file()).append("reason", skip.reason()).append("count", skip.count())));
		List<Document> errors = new ArrayList<>();
		report.errors()
			.forEach((error) -> errors
				.add(new Document("file", error.file()).append("line", error.line()).append("reason", error.reason())));
		return new Document("layout", report.layout()).append("filesRead", report.filesRead())
			.append("recordsImported", report.recordsImported())
			.append("recordsSkipped", report.recordsSkipped())
			.append("skipped", skipped)
			.append("errors", errors);
	}

	private static ImportView view(Document run) {
		Document progress = run.get("progress", Document.class);
		Document report = run.get("report", Document.class);
		return new ImportView(run.getString("_id"), ImportStatus.valueOf(run.getString("status")),
				run.getString("fileName"), run.getString("zone"), run.getBoolean("zoneAssumed", false),
				new ImportView.Progress(progress.getInteger("entriesDone", 0), progress.getInteger("entriesTotal", 0)),
				(report != null) ? report(report) : null);
	}

	private static ImportReport report(Document report) {
		List<ImportReport.Skipped> skipped = new ArrayList<>();
		for (Document skip : report.getList("skipped", Document.class, List.of())) {
			skipped.add(new ImportReport.Skipped(skip.getString("file"), skip.getString("reason"),
					((Number) skip.get("count")).longValue()));
		}
		List<ImportReport.Problem> errors = new ArrayList<>();
		for (Document error : report.getList("errors", Document.class, List.of())) {
			errors.add(new ImportReport.Problem(error.getString("file"), error.getInteger("line"),
					error.getString("reason")));
		}
		return new ImportReport(report.getString("layout"), report.getInteger("filesRead", 0),
				((Number) report.get("recordsImported")).longValue(),
				((Number) report.get("recordsSkipped")).longValue(), skipped, errors);
	}

}
