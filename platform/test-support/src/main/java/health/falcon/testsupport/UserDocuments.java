package health.falcon.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * Searches a whole database for a user's documents: every collection, every document,
 * every field, nested ones too. The tests of account deletion use it to show that no
 * document of an erased user is left anywhere, and that every other user's are.
 */
public final class UserDocuments {

	private UserDocuments() {
	}

	/**
	 * Return the collections holding a document that mentions the user.
	 * @param database the database to search
	 * @param userId the user's id
	 * @return one entry per document that mentions the user, its collection's name
	 */
	public static List<String> collectionsMentioning(MongoDatabase database, String userId) {
		List<String> found = new ArrayList<>();
		for (String collection : database.listCollectionNames()) {
			for (Document document : database.getCollection(collection).find()) {
				if (mentions(document, userId)) {
					found.add(collection);
				}
			}
		}
		return found;
	}

	/**
	 * Return every document that does not mention the user.
	 * @param database the database to search
	 * @param userId the user's id
	 * @param skipped collections whose documents any user's activity rewrites (rate
	 * budgets)
	 * @return {@code collection/_id} of each such document
	 */
	public static Set<String> documentsNotMentioning(MongoDatabase database, String userId, Set<String> skipped) {
		Set<String> documents = new TreeSet<>();
		for (String collection : database.listCollectionNames()) {
			if (skipped.contains(collection)) {
				continue;
			}
			for (Document document : database.getCollection(collection).find()) {
				if (!mentions(document, userId)) {
					documents.add(collection + "/" + document.get("_id"));
				}
			}
		}
		return documents;
	}

	/**
	 * Whether a value mentions the user: the id alone or as a part of a composite id
	 * ({@code erin:dropbox}, {@code erin/2026-03-29}), not inside a longer word, in any
	 * string of the value, however deeply nested.
	 * @param value a document, list or value
	 * @param userId the user's id
	 * @return {@code true} when some string mentions the user
	 */
	public static boolean mentions(Object value, String userId) {
		if (value instanceof Map<?, ?> map) {
			return map.values().stream().anyMatch((nested) -> mentions(nested, userId));
		}
		if (value instanceof List<?> list) {
			return list.stream().anyMatch((nested) -> mentions(nested, userId));
		}
		return value instanceof String text
				&& Pattern.compile("(^|[^A-Za-z0-9])" + Pattern.quote(userId) + "([^A-Za-z0-9]|$)")
					.matcher(text)
					.find();
	}

}
