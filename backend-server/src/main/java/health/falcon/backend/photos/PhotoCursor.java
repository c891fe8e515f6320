package health.falcon.backend.photos;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * The opaque cursor of the photo list, in the shape of every list's cursor (see "Lists"
 * in {@code docs/read-api.md}): base64url of a version, the list's name, the last item's
 * {@code uploadedAt} (epoch milliseconds) and {@code _id}, and a check over these and the
 * user it was handed to. Anything else is a validation problem on {@code cursor}.
 *
 * @param uploadedAt the last item's upload time
 * @param id the last item's id
 */
record PhotoCursor(Instant uploadedAt, String id) {

	static final int MAX_LENGTH = 1024;

	private static final String VERSION = "v1";

	private static final String LIST = "photos";

	private static final String SEPARATOR = "\n";

	String encode(String userId) {
		String payload = String.join(SEPARATOR, VERSION, LIST, Long.toString(this.uploadedAt.toEpochMilli()), this.id);
		String cursor = payload + SEPARATOR + check(userId, payload);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Read a cursor this list handed out to the user.
	 * @param cursor the cursor, {@code null} for the first page
	 * @param userId the user asking
	 * @return the position, {@code null} without a cursor
	 * @throws InvalidPhotoFieldException when it is not such a cursor
	 */
	static @Nullable PhotoCursor decode(@Nullable String cursor, String userId) {
		if (cursor == null) {
			return null;
		}
		if (cursor.length() > MAX_LENGTH) {
			throw new InvalidPhotoFieldException("cursor", "size must be between 0 and " + MAX_LENGTH);
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			int end = text.lastIndexOf(SEPARATOR);
			String payload = text.substring(0, end);
			String[] parts = payload.split(SEPARATOR, -1);
			if (parts.length != 4 || !VERSION.equals(parts[0]) || !LIST.equals(parts[1]) || parts[3].isEmpty()
					|| !check(userId, payload).equals(text.substring(end + 1))) {
				throw new IllegalArgumentException("Not a photo cursor");
			}
			return new PhotoCursor(Instant.ofEpochMilli(Long.parseLong(parts[2])), parts[3]);
		}
		catch (RuntimeException ex) {
			throw new InvalidPhotoFieldException("cursor", "is not a cursor of this list; start without one");
		}
	}

	private static String check(String userId, String payload) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(userId.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			byte[] hash = digest.digest(payload.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
