package health.falcon.data.paging;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * The one way every list of stored documents answers a page: decode the cursor for the
 * user, fetch one document more than the limit after it, cut the page with the next
 * cursor, and map each document to the list's item.
 */
public final class ListPages {

	private ListPages() {
	}

	/**
	 * Return a page of the user's list.
	 * @param keyset the list's keyset (its sort and cursor)
	 * @param userId the owner (the token's subject)
	 * @param query the validated parameters
	 * @param finder the list's repository query
	 * @param item how one stored document is answered
	 * @param <T> the item type
	 * @return the page, never {@code null}
	 * @throws InvalidParameterException for a cursor this list did not hand out to this
	 * user
	 */
	public static <T> Slice<T> page(Keyset keyset, String userId, ListQuery query, Finder finder,
			Function<Document, T> item) {
		Position after = keyset.decode(query.cursor(), userId);
		int limit = query.limitOrDefault();
		return keyset.slice(finder.find(userId, query.from(), query.to(), after, limit), limit, userId).map(item);
	}

	/**
	 * A list's repository query: the user's documents in a range of local dates, in list
	 * order, after a position.
	 */
	@FunctionalInterface
	public interface Finder {

		/**
		 * Fetch at most {@code limit + 1} documents.
		 * @param from the first local date, inclusive, {@code null} for no bound
		 * @param to the last local date, inclusive, {@code null} for no bound
		 * @param after the position to continue after, {@code null} for the first page
		 * @return the documents in list order
		 */
		List<Document> find(String userId, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Position after,
				int limit);

	}

}
