package health.falcon.dropbox.profiles;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import health.falcon.dropbox.formats.MappingProfile;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Repository;

/**
 * The {@code mapping_profiles} collection: one document per saved profile, every read and
 * write scoped to its owner.
 */
@Repository
public class MappingProfiles {

	static final String COLLECTION = "mapping_profiles";

	/** The most profiles one user keeps. */
	static final int MAX_PER_USER = 50;

	private final MongoCollection<Document> profiles;

	private final Clock clock;

	MappingProfiles(MongoTemplate mongo, Clock clock) {
		this.profiles = mongo.getCollection(COLLECTION);
		this.clock = clock;
		mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("userId", Sort.Direction.ASC)
				.on("createdAt", Sort.Direction.DESC)
				.named("user_recent"));
	}

	StoredProfile create(String userId, MappingProfile profile) {
		if (this.profiles.countDocuments(Filters.eq("userId", userId)) >= MAX_PER_USER) {
			throw new TooManyProfilesException(MAX_PER_USER);
		}
		StoredProfile stored = new StoredProfile(UUID.randomUUID().toString(), profile.name(), profile.columns(),
				profile.dateFormat(), profile.timeFormat(), this.clock.instant());
		MappingProfile.MappedColumns columns = profile.columns();
		this.profiles.insertOne(new Document("_id", stored.id()).append("userId", userId)
			.append("name", stored.name())
			.append("columns",
					new Document("date", columns.date()).append("time", columns.time())
						.append("systolic", columns.systolic())
						.append("diastolic", columns.diastolic())
						.append("pulse", columns.pulse()))
			.append("dateFormat", stored.dateFormat())
			.append("timeFormat", stored.timeFormat())
			.append("createdAt", Date.from(stored.createdAt())));
		return stored;
	}

	/**
	 * The user's profiles, newest first.
	 * @param userId the owner
	 */
	public List<StoredProfile> list(String userId) {
		List<StoredProfile> found = new ArrayList<>();
		this.profiles.find(Filters.eq("userId", userId))
			.sort(Sorts.descending("createdAt"))
			.limit(MAX_PER_USER)
			.forEach((document) -> found.add(view(document)));
		return found;
	}

	/**
	 * One of the user's profiles.
	 * @param userId the owner
	 * @return the profile, empty when the user has none with this id
	 */
	public Optional<StoredProfile> find(String userId, String id) {
		return Optional
			.ofNullable(this.profiles.find(Filters.and(Filters.eq("_id", id), Filters.eq("userId", userId))).first())
			.map(MappingProfiles::view);
	}

	/**
	 * The newest of the user's profiles whose columns are all in a header row.
	 * @param userId the owner
	 * @param header the header fields
	 * @return the profile, empty when none applies
	 */
	public Optional<StoredProfile> matching(String userId, List<String> header) {
		return list(userId).stream().filter((profile) -> profile.toProfile().matches(header)).findFirst();
	}

	boolean delete(String userId, String id) {
		return this.profiles.deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("userId", userId)))
			.getDeletedCount() > 0;
	}

	private static StoredProfile view(Document document) {
		Document columns = document.get("columns", Document.class);
		return new StoredProfile(document.getString("_id"), document.getString("name"),
				new MappingProfile.MappedColumns(columns.getString("date"), columns.getString("time"),
						columns.getString("systolic"), columns.getString("diastolic"), columns.getString("pulse")),
				document.getString("dateFormat"), document.getString("timeFormat"),
				document.getDate("createdAt").toInstant());
	}

}
