package health.falcon.data.archive;

import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import health.falcon.documents.activities.ActivitiesCollection;
import health.falcon.documents.archive.ExportArchiveFormat;
import health.falcon.documents.bloodpressure.BloodPressureCollection;
import health.falcon.documents.body.BodyMeasurementsCollection;
import health.falcon.documents.connections.ConnectionsCollection;
import health.falcon.documents.daily.DailyActivityCollection;
import health.falcon.documents.heartrate.HeartRateDaysCollection;
import health.falcon.documents.heartrate.HeartRateSamplesCollection;
import health.falcon.documents.hrv.HrvRecordingsCollection;
import health.falcon.documents.nutrition.NutritionDaysCollection;
import health.falcon.documents.photos.PhotosCollection;
import health.falcon.documents.settings.UserSettingsCollection;
import health.falcon.documents.sleep.SleepSessionsCollection;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

/**
 * One collection of the archive: how the user's documents are selected, which members are
 * written and which are left out.
 *
 * @param name the collection, and the entry {@code collections/<name>.json}
 * @param owner the member that holds the user id ({@code userId}, or {@code _id} for
 * {@code user_settings}); left out of every written document
 * @param fields the only members written, or {@code null} for all
 */
record ExportedCollection(String name, String owner, @Nullable List<String> fields) {

	static final String USER_ID = "userId";

	static final String IMPORTED_FILES = "imported_files";

	/**
	 * The members of a connection that are exported: never a token, cursor or lease.
	 */
	static final List<String> CONNECTION_FIELDS = List.of(ConnectionsCollection.PROVIDER, ConnectionsCollection.STATUS,
			ConnectionsCollection.STATUS_REASON, ConnectionsCollection.ACCOUNT_ID, ConnectionsCollection.CONNECTED_AT,
			ConnectionsCollection.UPDATED_AT, ConnectionsCollection.LAST_SUCCESSFUL_SYNC_AT,
			ConnectionsCollection.LAST_RUN_AT, ConnectionsCollection.LAST_RUN_STATUS);

	/**
	 * Every collection of the archive, in the order written.
	 */
	static final List<ExportedCollection> ALL = List.of(all(ActivitiesCollection.COLLECTION),
			all(HeartRateDaysCollection.COLLECTION), all(HeartRateSamplesCollection.COLLECTION),
			all(SleepSessionsCollection.COLLECTION), all(DailyActivityCollection.COLLECTION),
			all(NutritionDaysCollection.COLLECTION), all(BodyMeasurementsCollection.COLLECTION),
			all(BloodPressureCollection.COLLECTION), all(HrvRecordingsCollection.COLLECTION),
			new ExportedCollection(UserSettingsCollection.COLLECTION, "_id", null), all(IMPORTED_FILES),
			new ExportedCollection(ConnectionsCollection.COLLECTION, USER_ID, CONNECTION_FIELDS),
			all(PhotosCollection.COLLECTION));

	private static ExportedCollection all(String name) {
		return new ExportedCollection(name, USER_ID, null);
	}

	/**
	 * The archive entry.
	 * @return {@code collections/<name>.json}
	 */
	String entry() {
		return ExportArchiveFormat.entry(this.name);
	}

	Bson filter(String userId) {
		return Filters.eq(this.owner, userId);
	}

	@Nullable Bson projection() {
		return (this.fields != null) ? Projections.fields(Projections.excludeId(), Projections.include(this.fields))
				: null;
	}

	/**
	 * The document as written: without the owner member.
	 * @param document a stored document (changed)
	 * @return the same document
	 */
	Document written(Document document) {
		document.remove(this.owner);
		return document;
	}

}
