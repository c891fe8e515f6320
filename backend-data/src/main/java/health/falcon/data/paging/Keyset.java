package health.falcon.data.paging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Keyset paging of one list, newest first: the items are ordered by a sort field and then
 * by {@code _id}, both descending, and a page after a {@link Position} holds the items
 * strictly after it in that order. A record inserted while someone pages is therefore
 * never shown twice and never pushes an existing one out of sight: a newer one is simply
 * not on the later pages, an older one is.
 * <p>
 * The cursor is opaque to clients: base64url (no padding) of a version, the list's name,
 * the sort value, the {@code _id} and a check over these and the user it was given to.
 * Anything else (changed, cut, or one of another list or user) is an
 * {@link InvalidParameterException}.
 *
 * @param list the list's name in its cursors ({@code sleep-sessions})
 * @param sortField the stored sort field, dotted for a nested one ({@code time.instant})
 * @param kind how the sort field is stored
 */
public record Keyset(String list, String sortField, SortKind kind) {

	private static final String ID = "_id";

	private static final String VERSION = "v1";

	private static final String SEPARATOR = "\n";

	private static final int PARTS = 4;

	/**
	 * Read a cursor this list handed out to the user.
	 * @param cursor the cursor, or {@code null} for the first page
	 * @param userId the user asking (the token's subject)
	 * @return the position the cursor stands for, {@code null} without a cursor
	 * @throws InvalidParameterException when it is not a cursor of this list for this
	 * user
	 */
	public @Nullable Position decode(@Nullable String cursor, String userId) {
		if (cursor == null) {
			return null;
		}
		try {
			String[] parts = checkedParts(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8),
					userId);
			return new Position(this.kind.parse(parts[2]), parts[3]);
		}
		catch (RuntimeException ex) {
			// not base64url, changed, cut, another list's or user's, a bad sort value
			throw InvalidParameterException.cursor();
		}
	}

	private String[] checkedParts(String payload, String userId) {
		int end = payload.lastIndexOf(SEPARATOR);
		String[] parts = payload.substring(0, end).split(SEPARATOR, -1);
		if (parts.length != PARTS || !VERSION.equals(parts[0]) || !this.list.equals(parts[1]) || parts[3].isEmpty()
				|| !check(userId, payload.substring(0, end)).equals(payload.substring(end + 1))) {
			throw new IllegalArgumentException("Not a cursor of " + this.list);
		}
		return parts;
	}

	/**
	 * Write the cursor of a position for the user.
	 * @param position where the page ended
	 * @param userId the user the cursor is for
	 * @return the opaque cursor
	 */
	public String encode(Position position, String userId) {
		String payload = String.join(SEPARATOR, VERSION, this.list, this.kind.format(position.value()), position.id());
		payload = payload + SEPARATOR + check(userId, payload);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The query of one page: the filter, the items after the position, newest first, and
	 * one item more than the page holds (to know whether there is a next page).
	 * @param filter the list's filter (the user, the dates, ...)
	 * @param after where the previous page ended, or {@code null} for the first page
	 * @param limit the page size
	 * @return a new query
	 */
	public Query query(Criteria filter, @Nullable Position after, int limit) {
		Criteria criteria = filter;
		if (after != null) {
			criteria = new Criteria().andOperator(filter,
					new Criteria().orOperator(Criteria.where(this.sortField).lt(after.value()),
							Criteria.where(this.sortField).is(after.value()).and(ID).lt(after.id())));
		}
		return Query.query(criteria)
			.with(Sort.by(Direction.DESC, this.sortField).and(Sort.by(Direction.DESC, ID)))
			.limit(limit + 1);
	}

	/**
	 * Cut the result of {@link #query} to a page of stored documents.
	 * @param fetched at most {@code limit + 1} documents in list order
	 * @param limit the page size
	 * @param userId the user the next cursor is for
	 * @return the page, with a cursor when there are more items
	 */
	public Slice<Document> slice(List<Document> fetched, int limit, String userId) {
		return slice(fetched, limit, userId, this::position);
	}

	/**
	 * Cut the result of {@link #query} to a page.
	 * @param fetched at most {@code limit + 1} items in list order
	 * @param limit the page size
	 * @param userId the user the next cursor is for
	 * @param position the position of an item
	 * @param <T> the item type
	 * @return the page, with a cursor when there are more items
	 */
	public <T> Slice<T> slice(List<T> fetched, int limit, String userId, Function<T, Position> position) {
		if (fetched.size() <= limit) {
			return new Slice<>(List.copyOf(fetched), null);
		}
		List<T> items = List.copyOf(fetched.subList(0, limit));
		return new Slice<>(items, encode(position.apply(items.get(limit - 1)), userId));
	}

	/**
	 * The position of a stored document.
	 * @param document a document of this list
	 * @return its sort value and id
	 */
	public Position position(Document document) {
		Object value = document.getEmbedded(Arrays.asList(this.sortField.split("\\.")), Object.class);
		if (value == null) {
			throw new IllegalStateException("A document of " + this.list + " has no " + this.sortField);
		}
		return new Position(value, String.valueOf(document.get(ID)));
	}

	/**
	 * A check over the user and the payload: a cursor that was changed, cut, or handed
	 * out to someone else fails it. It is not a secret (a forged cursor could only page
	 * through the forger's own data), only a guard against using a cursor wrongly.
	 */
	private static String check(String userId, String payload) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((userId + SEPARATOR + payload).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
