package health.falcon.dropbox.settings;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code dropbox_settings} collection: {@code _id} = user id, {@code folder},
 * {@code version}, {@code updatedAt}.
 */
@Repository
class DropboxSettingsRepository {

	private final MongoCollection<Document> settings;

	private final Clock clock;

	DropboxSettingsRepository(MongoTemplate mongo, Clock clock) {
		this.settings = mongo.getCollection("dropbox_settings");
		this.clock = clock;
	}

	Optional<WatchedFolder> find(String userId) {
		Document document = this.settings.find(Filters.eq("_id", userId)).first();
		if (document == null || document.getString("folder") == null) {
			return Optional.empty();
		}
		Object version = document.get("version");
		return Optional.of(new WatchedFolder(document.getString("folder"),
				(version instanceof Number number) ? number.longValue() : 0));
	}

	void changeFolder(String userId, String folder) {
		this.settings
			.updateOne(Filters.eq("_id", userId),
					Updates.combine(Updates.set("folder", folder), Updates.inc("version", 1L),
							Updates.set("updatedAt", Date.from(this.clock.instant()))),
					new UpdateOptions().upsert(true));
	}

}
