package health.falcon.fitbit.export;

import java.time.Clock;
import java.util.Date;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Keeps export entries that could not be read in {@code fitbit_quarantined_records}, with
 * the raw text capped at {@value #MAX_SNIPPET} characters, so that a parser fix can be
 * checked against them. Keyed by user, file and line: importing the same export again
 * replaces rather than duplicates them.
 */
@Repository
class QuarantinedRecords {

	static final String COLLECTION = "fitbit_quarantined_records";

	static final int MAX_SNIPPET = 2000;

	private final MongoCollection<Document> records;

	private final Clock clock;

	QuarantinedRecords(MongoTemplate mongo, Clock clock) {
		this.records = mongo.getCollection(COLLECTION);
		this.clock = clock;
	}

	void store(ImportContext context, String file, @Nullable Integer line, String reason, String snippet) {
		String id = context.userId() + ":" + file + ":" + ((line != null) ? line : "-");
		Document record = new Document("_id", id).append("userId", context.userId())
			.append("importId", context.importId())
			.append("file", file)
			.append("line", line)
			.append("reason", reason)
			.append("snippet", (snippet.length() > MAX_SNIPPET) ? snippet.substring(0, MAX_SNIPPET) : snippet)
			.append("quarantinedAt", Date.from(this.clock.instant()));
		this.records.replaceOne(Filters.eq("_id", id), record, new ReplaceOptions().upsert(true));
	}

	long purge(String userId) {
		return this.records.deleteMany(Filters.eq("userId", userId)).getDeletedCount();
	}

}
