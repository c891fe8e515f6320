package health.falcon.devstack.sandbox.dropbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * {@code list_folder}, {@code list_folder/continue} and
 * {@code list_folder/get_latest_cursor} over an account's change log: a first listing
 * pages through the snapshot at the time of the call; continuing from its last cursor
 * returns exactly the entries that changed since (deletions included), one per path.
 */
@Component
class FolderListing {

	static final int MAX_LIMIT = 2000;

	private final DropboxFiles store;

	private final DropboxAccounts accounts;

	FolderListing(DropboxFiles store, DropboxAccounts accounts) {
		this.store = store;
		this.accounts = accounts;
	}

	Map<String, Object> list(DropboxAccount account, String path, boolean recursive, boolean includeDeleted,
			int limit) {
		AccountFiles files = this.store.of(account);
		Scope scope = new Scope(folder(files, path), recursive);
		int position = files.position();
		ListCursor cursor = new ListCursor(account.accountId(), files.generation(), true, 0, position, 0, limit,
				includeDeleted, scope);
		return page(cursor, files.snapshot(position, scope, includeDeleted));
	}

	String latestCursor(DropboxAccount account, String path, boolean recursive, boolean includeDeleted, int limit) {
		AccountFiles files = this.store.of(account);
		Scope scope = new Scope(folder(files, path), recursive);
		return new ListCursor(account.accountId(), files.generation(), false, files.position(), -1, 0, limit,
				includeDeleted, scope)
			.encode();
	}

	Map<String, Object> next(DropboxAccount account, String encoded) {
		ListCursor cursor = ListCursor.decode(encoded)
			.filter((decoded) -> decoded.accountId().equals(account.accountId()))
			.orElseThrow(DropboxApiException::reset);
		AccountFiles files = current(cursor);
		if (cursor.listing()) {
			return page(cursor, files.snapshot(cursor.to(), cursor.scope(), cursor.includeDeleted()));
		}
		int to = (cursor.to() < 0) ? files.position() : cursor.to();
		ListCursor bounded = new ListCursor(cursor.accountId(), cursor.generation(), false, cursor.from(), to,
				cursor.offset(), cursor.limit(), cursor.includeDeleted(), cursor.scope());
		return page(bounded, files.changes(cursor.from(), to, cursor.scope()));
	}

	/**
	 * Whether a {@code continue} with this cursor would return entries now (the longpoll
	 * question).
	 * @param encoded the cursor
	 * @return whether there are changes
	 * @throws DropboxApiException {@code reset} for an unknown or stale cursor
	 */
	boolean hasChanges(String encoded) {
		ListCursor cursor = ListCursor.decode(encoded).orElseThrow(DropboxApiException::reset);
		AccountFiles files = current(cursor);
		if (cursor.listing() || cursor.to() >= 0) {
			return true;
		}
		return !files.changes(cursor.from(), files.position(), cursor.scope()).isEmpty();
	}

	String accountIdOf(String encoded) {
		return ListCursor.decode(encoded).orElseThrow(DropboxApiException::reset).accountId();
	}

	private AccountFiles current(ListCursor cursor) {
		DropboxAccount account = this.accounts.byAccountId(cursor.accountId()).orElseThrow(DropboxApiException::reset);
		AccountFiles files = this.store.of(account);
		int position = files.position();
		if (cursor.generation() != files.generation() || cursor.from() > position || cursor.to() > position) {
			throw DropboxApiException.reset();
		}
		return files;
	}

	private static String folder(AccountFiles files, String path) {
		if (path.isEmpty()) {
			return "";
		}
		Metadata folder = files.lookup(path).orElseThrow(() -> DropboxApiException.path("not_found"));
		if (folder.tag() != Metadata.Tag.FOLDER) {
			throw DropboxApiException.path("not_folder");
		}
		return folder.pathLower();
	}

	private static Map<String, Object> page(ListCursor cursor, List<Metadata> entries) {
		int end = Math.min(entries.size(), cursor.offset() + cursor.limit());
		boolean hasMore = end < entries.size();
		ListCursor next = hasMore ? cursor.page(end) : cursor.restingAt(cursor.to());
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("entries",
				entries.subList(Math.min(cursor.offset(), end), end).stream().map((e) -> e.toJson(true)).toList());
		result.put("cursor", next.encode());
		result.put("has_more", hasMore);
		return result;
	}

}
