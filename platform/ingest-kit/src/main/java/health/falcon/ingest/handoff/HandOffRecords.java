package health.falcon.ingest.handoff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.InputStreamSource;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Both halves of the hand-off contract: the sender classifies its record of the file
 * ({@link #classify}), and the receiver checks that the hand-off is justified before it
 * accepts the file ({@link #verify}). The record named by
 * {@link HandOffParameters#record()} in {@value #COLLECTION} (written by dropbox-ingest,
 * read here) must exist, belong to the named user, have come to dropbox-ingest from that
 * user ({@code provider} {@code dropbox}, {@code origin} {@code DROPBOX} or
 * {@code UPLOAD}), be classified as a hand-off of the receiving service's format
 * ({@code handOff.format}), and the SHA-256 of the received file must equal both the
 * record's {@code sha256} and the {@code handOff.sha256} it was classified with. A
 * service token alone therefore cannot write into a chosen user: it also needs a record
 * of that user's own file and that file's exact bytes.
 */
public class HandOffRecords {

	/** The collection of dropbox-ingest's file records. */
	public static final String COLLECTION = "imported_files";

	/**
	 * The sub-document set by {@link #classify} right before the file is handed over:
	 * {@code {format: <HandOffFormat name>, sha256: <hex>}}.
	 */
	public static final String FIELD = "handOff";

	private static final String SENDER = "dropbox";

	private static final Set<String> ORIGINS = Set.of("DROPBOX", "UPLOAD");

	private final MongoOperations mongo;

	/**
	 * Create the check.
	 * @param mongo the database holding {@value #COLLECTION}
	 */
	public HandOffRecords(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * Classify a record as a hand-off, right before the file is sent: the sending side's
	 * half of the contract (dropbox-ingest, the writer of {@value #COLLECTION}). Sets
	 * {@code handOff: {format, sha256}} on the record of that user.
	 * @param recordId the record's id
	 * @param userId its owner
	 * @param format what the file was recognised as
	 * @param sha256 the lower-case hex SHA-256 of the content about to be sent
	 * @return {@code false} when there is no such record of that user (nothing is sent
	 * then)
	 */
	public boolean classify(String recordId, String userId, HandOffFormat format, String sha256) {
		Document classification = new Document("format", format.name()).append("sha256", sha256);
		return this.mongo.getCollection(COLLECTION)
			.updateOne(Filters.and(Filters.eq("_id", recordId), Filters.eq("userId", userId)),
					new Document("$set", new Document(FIELD, classification)))
			.getMatchedCount() == 1;
	}

	/**
	 * Check a hand-off; reads the whole content once to hash it and stores nothing.
	 * @param parameters the record and user the caller names
	 * @param format the format the receiving service imports
	 * @param content the received file
	 * @throws HandOffNotFoundException when no record of that user justifies a hand-off
	 * of this format
	 * @throws HandOffMismatchException when the file's SHA-256 is not the record's
	 */
	public void verify(HandOffParameters parameters, HandOffFormat format, InputStreamSource content) {
		Document record = this.mongo.getCollection(COLLECTION).find(Filters.eq("_id", parameters.record())).first();
		if (record == null || !parameters.user().equals(record.getString("userId"))
				|| !ORIGINS.contains(record.getString("origin")) || !fromDropboxIngest(record)) {
			throw new HandOffNotFoundException();
		}
		Document handOff = record.get(FIELD, Document.class);
		if (handOff == null || !format.name().equals(handOff.getString("format"))) {
			throw new HandOffNotFoundException();
		}
		String sha256 = sha256(content);
		if (!sha256.equals(lowerCase(record.getString("sha256")))
				|| !sha256.equals(lowerCase(handOff.getString("sha256")))) {
			throw new HandOffMismatchException();
		}
	}

	private static boolean fromDropboxIngest(Document record) {
		// records written before the one import pipeline have no provider yet
		String provider = record.getString("provider");
		return provider == null || SENDER.equals(provider);
	}

	private static @Nullable String lowerCase(@Nullable String hex) {
		return (hex != null) ? hex.toLowerCase(Locale.ROOT) : null;
	}

	private static String sha256(InputStreamSource content) {
		try (InputStream in = content.getInputStream()) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[64 * 1024];
			for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The handed-over file could not be read", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
