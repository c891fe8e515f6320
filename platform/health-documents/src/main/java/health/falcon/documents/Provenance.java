package health.falcon.documents;

import java.util.Date;

import health.falcon.model.Source;
import org.bson.Document;

/**
 * The {@code source} subdocument that every measurement carries: {@code {provider,
 * sourceId, ingestRunId, receivedAt}}, in that order, with {@code receivedAt} a BSON
 * date. Writers build it with {@link #toDocument(Source)}; readers address its members
 * with the constants.
 */
public final class Provenance {

	/** The provider key, {@code strava}. */
	public static final String PROVIDER = "provider";

	/** The provider's own identifier of the record. */
	public static final String SOURCE_ID = "sourceId";

	/** The id of the sync run that wrote the record. */
	public static final String INGEST_RUN_ID = "ingestRunId";

	/** When Falcon received the payload (BSON date, UTC). */
	public static final String RECEIVED_AT = "receivedAt";

	private Provenance() {
	}

	/**
	 * Write provenance as a {@code source} subdocument.
	 * @return a new document with the four members in their stored order
	 */
	public static Document toDocument(Source source) {
		return new Document(PROVIDER, source.provider()).append(SOURCE_ID, source.sourceId())
			.append(INGEST_RUN_ID, source.ingestRunId())
			.append(RECEIVED_AT, Date.from(source.receivedAt()));
	}

}
