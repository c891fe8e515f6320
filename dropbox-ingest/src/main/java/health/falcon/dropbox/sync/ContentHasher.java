package health.falcon.dropbox.sync;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Dropbox's {@code content_hash}, computed while streaming: the content is cut into 4 MiB
 * blocks (the last may be shorter, an empty file has none), each block is hashed with
 * SHA-256, and the SHA-256 of the concatenated block digests is written as lower-case
 * hex. Not thread-safe; one instance per file.
 */
final class ContentHasher {

	static final int BLOCK_SIZE = 4 * 1024 * 1024;

	private final MessageDigest overall = sha256();

	private final MessageDigest block = sha256();

	private int inBlock;

	/**
	 * Add bytes.
	 * @param bytes the buffer
	 * @param offset where the bytes start
	 * @param length how many
	 */
	void update(byte[] bytes, int offset, int length) {
		int position = offset;
		int remaining = length;
		while (remaining > 0) {
			int take = Math.min(remaining, BLOCK_SIZE - this.inBlock);
			this.block.update(bytes, position, take);
			this.inBlock += take;
			position += take;
			remaining -= take;
			if (this.inBlock == BLOCK_SIZE) {
				endBlock();
			}
		}
	}

	/**
	 * Finish the hash; the hasher is not usable afterwards.
	 * @return the content hash, 64 lower-case hex characters
	 */
	String hex() {
		if (this.inBlock > 0) {
			endBlock();
		}
		return HexFormat.of().formatHex(this.overall.digest());
	}

	private void endBlock() {
		this.overall.update(this.block.digest());
		this.inBlock = 0;
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
