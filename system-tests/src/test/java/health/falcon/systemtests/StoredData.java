package health.falcon.systemtests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's stored documents, read straight from the suite's MongoDB, so that an attack
 * can be shown to have changed nothing: every collection's documents of that user, by id,
 * as canonical JSON without the bookkeeping that legitimate background work rewrites
 * (sync state, provenance of a re-read, the Strava detail backlog).
 */
final class StoredData implements AutoCloseable {

	/**
	 * Collections of sync bookkeeping, not of the user's data: leases, cursors, runs,
	 * rate budgets, archived raw pages and the detail backlog change with every scheduled
	 * run.
	 */
	private static final Set<String> BOOKKEEPING = Set.of("connections", "sync_runs", "rate_limits", "oauth_states",
			"raw_payloads", "activity_detail_backlog", "quarantined_records", "fitbit_quarantined_records");

	/**
	 * Fields that legitimate background work rewrites: the provenance of a re-read, and
	 * an activity's calories (with the content hash over them), which the Strava detail
	 * backlog fills in over the runs after a backfill.
	 */
	private static final Set<String> VOLATILE_FIELDS = Set.of("source", "updatedAt", "contentHash", "energyKcal");

	private final MongoClient client;

	private final MongoDatabase database;

	StoredData() {
		this.client = MongoClients.create("mongodb://127.0.0.1:" + (27017 + LocalStack.PORT_OFFSET));
		this.database = this.client.getDatabase("falcon");
	}

	/**
	 * Read every document of the user.
	 * @param userId the user id ({@code sub})
	 * @return documents by collection, then by id, as canonical JSON
	 */
	Snapshot of(String userId) {
		Map<String, Map<String, String>> collections = new TreeMap<>();
		for (String name : this.database.listCollectionNames()) {
			if (BOOKKEEPING.contains(name) || name.startsWith("system.")) {
				continue;
			}
			Map<String, String> documents = new LinkedHashMap<>();
			for (Document document : this.database.getCollection(name)
				.find(Filters.eq("userId", userId))
				.sort(Sorts.ascending("_id"))) {
				documents.put(String.valueOf(document.get("_id")), canonical(document).toJson());
			}
			if (!documents.isEmpty()) {
				collections.put(name, documents);
			}
		}
		return new Snapshot(collections);
	}

	/**
	 * Return the ids of the user's activities in Strava ({@code source.sourceId}) that
	 * are not deleted.
	 */
	List<String> stravaActivityIds(String userId) {
		List<String> ids = new ArrayList<>();
		this.database.getCollection("activities")
			.find(Filters.and(Filters.eq("userId", userId), Filters.ne("deleted", true)))
			.forEach((document) -> ids.add(document.get("source", Document.class).getString("sourceId")));
		return ids;
	}

	private static Document canonical(Document document) {
		Document copy = new Document();
		document.forEach((key, value) -> {
			if (!VOLATILE_FIELDS.contains(key)) {
				copy.put(key, (value instanceof Document nested) ? canonical(nested) : value);
			}
		});
		return copy;
	}

	@Override
	public void close() {
		this.client.close();
	}

	/**
	 * One user's documents at one moment.
	 *
	 * @param collections documents by collection name, then by id
	 */
	record Snapshot(Map<String, Map<String, String>> collections) {

		long count() {
			return this.collections.values().stream().mapToLong(Map::size).sum();
		}

		/**
		 * Assert that nothing of this snapshot changed or disappeared in a later one, and
		 * that new documents appeared only in the collections named.
		 * @param growing collections where new documents may legitimately appear
		 */
		void assertUnchangedIn(Snapshot later, String... growing) {
			this.collections.forEach((name, documents) -> assertThat(later.collections().getOrDefault(name, Map.of()))
				.as("the victim's %s", name)
				.containsAllEntriesOf(documents));
			Set<String> mayGrow = Set.of(growing);
			later.collections().forEach((name, documents) -> {
				if (!mayGrow.contains(name)) {
					assertThat(documents).as("the victim's %s", name)
						.hasSameSizeAs(this.collections.getOrDefault(name, Map.of()));
				}
			});
		}

	}

}
