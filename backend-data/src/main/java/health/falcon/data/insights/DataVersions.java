package health.falcon.data.insights;

import java.time.LocalDate;
import java.util.Date;
import java.util.Objects;

import health.falcon.documents.connections.ConnectionsCollection;
import health.falcon.documents.settings.UserSettingsCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The version of a user's data that cached insights were computed from: the latest change
 * of any of the user's connections (every sync run stamps its connection), of any
 * imported file (every import stamps its record while it runs and when it ends) and of
 * the settings, with the day the insights are for. New data, a changed setting or a new
 * day gives a new version, and the cache recomputes; three small indexed queries, no
 * measurement is read.
 */
@Component
class DataVersions {

	static final String IMPORTED_FILES = "imported_files";

	private static final String UPDATED_AT = "updatedAt";

	private final MongoOperations mongo;

	DataVersions(MongoOperations mongo) {
		this.mongo = mongo;
	}

	String version(String userId, LocalDate today, String formulas) {
		return String.join("|", formulas, today.toString(),
				stamp(latest(ConnectionsCollection.COLLECTION, ConnectionsCollection.USER_ID, userId)),
				stamp(latest(IMPORTED_FILES, "userId", userId)),
				stamp(latest(UserSettingsCollection.COLLECTION, "_id", userId)));
	}

	private @Nullable Date latest(String collection, String userField, String userId) {
		Query query = Query.query(where(userField).is(userId)).with(Sort.by(Sort.Direction.DESC, UPDATED_AT)).limit(1);
		query.fields().include(UPDATED_AT);
		Document latest = this.mongo.findOne(query, Document.class, collection);
		return (latest != null) ? latest.get(UPDATED_AT, Date.class) : null;
	}

	private static String stamp(@Nullable Date date) {
		return Objects.toString((date != null) ? date.getTime() : null);
	}

}
