package health.falcon.devstack.sandbox.dropbox;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Dropbox's {@code content_hash}: the SHA-256 of the concatenated SHA-256 digests of the
 * content's 4 MiB blocks (an empty file has no blocks), as lowercase hex.
 */
final class ContentHash {

	static final int BLOCK_SIZE = 4 * 1024 * 1024;

	private ContentHash() {
	}

	/**
	 * Computes the hash.
	 * @param content the file content
	 * @return 64 lowercase hex characters
	 */
	static String of(byte[] content) {
		MessageDigest overall = sha256();
		MessageDigest block = sha256();
		for (int offset = 0; offset < content.length; offset += BLOCK_SIZE) {
			block.update(content, offset, Math.min(BLOCK_SIZE, content.length - offset));
			overall.update(block.digest());
		}
		return HexFormat.of().formatHex(overall.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
