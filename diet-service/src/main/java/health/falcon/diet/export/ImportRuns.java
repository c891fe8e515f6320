package health.falcon.diet.export;

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
 * The {@code diet_imports} collection: one document per import run with its status and
 * report. Every read is scoped to the owner.
 */
@Repository
class ImportRuns {

	static final String COLLECTION = "diet_imports";

	private final MongoCollection<Document> runs;

	private final Clock clock;

	ImportRuns(MongoTemplate mongo, Clock clock) {
		this.runs = mongo.getCollection(COLLECTION);
		this.clock = clock;
	}

	void create(String id, String userId, String fileName) {
		Date now = Date.from(this.clock.instant());
		this.runs.insertOne(new Document("_id", id).append("userId", userId)
			.append("status", ImportStatus.QUEUED.name())
			.append("fileName", fileName)
			.append("createdAt", now)
			.append("updatedAt", now));
	}

	void status(String id, ImportStatus status) {
		set(id, new Document("status", status.name()));
	}

	void finish(String id, ImportStatus status, ImportReport report) {
		set(id, new Document("status", status.name()).append("report", toDocument(report)));
	}

	Optional<ImportView> find(String userId, String id) {
		Document run = this.runs.find(Filters.and(Filters.eq("_id", id), Filters.eq("userId", userId))).first();
		return Optional.ofNullable(run).map(ImportRuns::view);
	}

	private void set(String id, Document fields) {
		fields.append("updatedAt", Date.from(this.clock.instant()));
		this.runs.updateOne(Filters.eq("_id", id), new Document("$set", fields));
	}

	private static Document toDocument(ImportReport report) {
		List<Document> files = new ArrayList<>();
		for (ImportReport.FileReport file : report.files()) {
			List<Document> errors = new ArrayList<>();
			file.errors().forEach((e) -> errors.add(new Document("line", e.line()).append("reason", e.reason())));
			files.add(new Document("file", file.file()).append("kind", file.kind())
				.append("rowsImported", file.rowsImported())
				.append("rowsSkipped", file.rowsSkipped())
				.append("errors", errors));
		}
		return new Document("files", files);
	}

	private static ImportView view(Document run) {
		Document report = run.get("report", Document.class);
		return new ImportView(run.getString("_id"), ImportStatus.valueOf(run.getString("status")),
				run.getString("fileName"), (report != null) ? fromDocument(report) : null);
	}

	private static ImportReport fromDocument(Document report) {
		List<ImportReport.FileReport> files = new ArrayList<>();
		for (Document file : report.getList("files", Document.class, List.of())) {
			List<ImportReport.Problem> errors = new ArrayList<>();
			for (Document error : file.getList("errors", Document.class, List.of())) {
				errors.add(new ImportReport.Problem(error.getInteger("line"), error.getString("reason")));
			}
			files.add(new ImportReport.FileReport(file.getString("file"), file.getString("kind"),
					file.getInteger("rowsImported", 0), file.getInteger("rowsSkipped", 0), errors));
		}
		return new ImportReport(files);
	}

}
