package health.falcon.data.hrv;

import java.time.LocalDate;
import java.util.List;

import health.falcon.data.paging.Keyset;
import health.falcon.data.paging.ListQuery;
import health.falcon.data.paging.Position;
import health.falcon.data.paging.SortKind;
import health.falcon.documents.MeasurementTimeFields;
import health.falcon.documents.hrv.HrvRecordingsCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads {@code hrv_recordings} (dropbox-ingest writes them). Every query is scoped to one
 * user and leaves out the recordings of a file deleted in Dropbox
 * ({@code source.deleted}); the range selects by {@code start.localDate}, pages are
 * keyset pages on ({@code start.instant}, {@code _id}), newest first, without the RR
 * series.
 */
@Repository
class HrvRepository {

	static final String START_INSTANT = HrvRecordingsCollection.START + "." + MeasurementTimeFields.INSTANT;

	static final String START_LOCAL_DATE = HrvRecordingsCollection.START + "." + MeasurementTimeFields.LOCAL_DATE;

	static final String SOURCE_DELETED = HrvRecordingsCollection.SOURCE + ".deleted";

	static final Keyset KEYSET = new Keyset("hrv-recordings", START_INSTANT, SortKind.INSTANT);

	private final MongoTemplate template;

	HrvRepository(MongoTemplate template) {
		this.template = template;
	}

	/**
	 * Return one page of the user's recordings and one more (see {@link Keyset#query}).
	 * @param from the first local date of the start, inclusive, or {@code null}
	 * @param to the last local date of the start, inclusive, or {@code null}
	 * @param after where the previous page ended, or {@code null}
	 */
	List<Document> find(String userId, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Position after,
			int limit) {
		Criteria filter = ListQuery.within(owned(userId), START_LOCAL_DATE, from, to);
		Query query = KEYSET.query(filter, after, limit);
		query.fields().exclude(HrvRecordingsCollection.RR);
		return this.template.find(query, Document.class, HrvRecordingsCollection.COLLECTION);
	}

	/**
	 * Return one of the user's recordings, with its RR series.
	 * @return the recording, {@code null} when the user has none with this id
	 */
	@Nullable Document findOne(String userId, String id) {
		Query query = Query.query(owned(userId).and(HrvRecordingsCollection.ID).is(id));
		return this.template.findOne(query, Document.class, HrvRecordingsCollection.COLLECTION);
	}

	private static Criteria owned(String userId) {
		return Criteria.where(HrvRecordingsCollection.USER_ID).is(userId).and(SOURCE_DELETED).ne(true);
	}

}
