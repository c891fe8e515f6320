package health.falcon.testsupport;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import health.falcon.ingest.handoff.HandOffFormat;
import health.falcon.ingest.handoff.HandOffRecords;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The record a genuine hand-off names, as dropbox-ingest leaves it: an
 * {@code imported_files} document of the user's Dropbox file with its SHA-256, classified
 * for the receiving service's format. The receivers' tests post against it, or against
 * its absence.
 */
public final class HandOffFixtures {

	private HandOffFixtures() {
	}

	/**
	 * Store a classified record of a user's Dropbox file.
	 * @param mongo the template of the receiving service's test database
	 * @param handOffs the kit's hand-off records on the same database
	 * @param recordId the record id the hand-off names
	 * @param userId the file's owner
	 * @param format the receiving service's format
	 * @param content the file's bytes
	 */
	public static void record(MongoTemplate mongo, HandOffRecords handOffs, String recordId, String userId,
			HandOffFormat format, byte[] content) {
		mongo.getCollection(HandOffRecords.COLLECTION)
			.insertOne(new Document("_id", recordId).append("userId", userId)
				.append("origin", "DROPBOX")
				.append("sha256", sha256(content)));
		if (!handOffs.classify(recordId, userId, format, sha256(content))) {
			throw new IllegalStateException("The record " + recordId + " was not classified");
		}
	}

	/**
	 * Return the SHA-256 of bytes as lower-case hex, the form records carry.
	 * @param content the bytes
	 * @return 64 hex digits
	 */
	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
