package health.falcon.devstack.sandbox.dropbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A {@code list_folder} cursor: a position in an account's change log plus what the
 * listing covers, encoded as an opaque string. A cursor either pages through the snapshot
 * at {@code to} ({@code listing}) or through the changes between {@code from} and
 * {@code to}; {@code to < 0} means "up to whatever has changed by the next call".
 *
 * @param generation the account's generation (a reset makes older cursors stale)
 * @param listing whether this pages through a snapshot rather than changes
 * @param from log position the changes start after
 * @param to log position the page ends at, or -1
 * @param offset entries of this listing already returned
 * @param limit page size
 * @param includeDeleted whether snapshots include deleted entries
 * @param scope the folder and depth
 */
record ListCursor(String accountId, int generation, boolean listing, int from, int to, int offset, int limit,
		boolean includeDeleted, Scope scope) {

	private static final String PREFIX = "AAH";

	/**
	 * The cursor that returns everything that changes after {@code position}.
	 * @param position a log position
	 * @return the cursor
	 */
	ListCursor restingAt(int position) {
		return new ListCursor(this.accountId, this.generation, false, position, -1, 0, this.limit, this.includeDeleted,
				this.scope);
	}

	ListCursor page(int newOffset) {
		return new ListCursor(this.accountId, this.generation, this.listing, this.from, this.to, newOffset, this.limit,
				this.includeDeleted, this.scope);
	}

	String encode() {
		String plain = String.join("|", "1", this.accountId, String.valueOf(this.generation), this.listing ? "L" : "C",
				String.valueOf(this.from), String.valueOf(this.to), String.valueOf(this.offset),
				String.valueOf(this.limit), this.includeDeleted ? "1" : "0", this.scope.recursive() ? "1" : "0",
				this.scope.pathLower());
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Decodes a cursor.
	 * @param cursor the string a client sent
	 * @return the cursor, empty when it is not one of ours
	 */
	static Optional<ListCursor> decode(String cursor) {
		if (!cursor.startsWith(PREFIX)) {
			return Optional.empty();
		}
		try {
			String plain = new String(Base64.getUrlDecoder().decode(cursor.substring(PREFIX.length())),
					StandardCharsets.UTF_8);
			String[] parts = plain.split("\\|", 11);
			if (parts.length != 11 || !parts[0].equals("1")) {
				return Optional.empty();
			}
			return Optional.of(new ListCursor(parts[1], Integer.parseInt(parts[2]), parts[3].equals("L"),
					Integer.parseInt(parts[4]), Integer.parseInt(parts[5]), Integer.parseInt(parts[6]),
					Integer.parseInt(parts[7]), parts[8].equals("1"), new Scope(parts[10], parts[9].equals("1"))));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
