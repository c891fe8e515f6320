package health.falcon.ingest.archive;

import org.springframework.util.unit.DataSize;

/**
 * The limits an archive is read within, with the configuration prefix they come from so
 * that a refusal names the property it broke (for example
 * {@code falcon.fitbit.imports.max-entries}).
 *
 * @param prefix the configuration prefix of the limits, without a trailing dot
 * @param maxEntries the most entries an archive may hold
 * @param maxEntrySize the largest uncompressed size of one entry
 * @param maxTotalSize the largest uncompressed size of all entries read
 * @param maxCompressionRatio the largest uncompressed/compressed ratio of an entry and of
 * the archive as a whole, checked once a mebibyte has been inflated
 */
public record ArchiveLimits(String prefix, int maxEntries, DataSize maxEntrySize, DataSize maxTotalSize,
		int maxCompressionRatio) {

	/**
	 * Check the limits.
	 */
	public ArchiveLimits {
		if (maxEntries < 1 || maxCompressionRatio < 1 || maxEntrySize.toBytes() < 1 || maxTotalSize.toBytes() < 1) {
			throw new IllegalArgumentException("Archive limits under " + prefix + " must be positive");
		}
	}

	/**
	 * The largest uncompressed size of one entry in bytes, for readers that take a
	 * number.
	 * @return {@code maxEntrySize} in bytes
	 */
	public long maxEntryBytes() {
		return this.maxEntrySize.toBytes();
	}

	/**
	 * The full name of one limit's property.
	 * @param key the key below the prefix, for example {@code max-entries}
	 * @return the property name
	 */
	String property(String key) {
		return this.prefix + "." + key;
	}

	/**
	 * A size as configuration writes it: the largest whole unit ({@code 64MB},
	 * {@code 1GB}), else bytes.
	 * @return its text
	 */
	public static String format(DataSize size) {
		return format(size.toBytes());
	}

	/**
	 * A size in bytes as configuration writes it: the largest whole unit ({@code 64MB},
	 * {@code 1GB}), else bytes.
	 * @param bytes a size in bytes
	 * @return its text
	 */
	public static String format(long bytes) {
		long[] units = { 1L << 40, 1L << 30, 1L << 20, 1L << 10 };
		String[] names = { "TB", "GB", "MB", "KB" };
		for (int i = 0; i < units.length; i++) {
			if (bytes >= units[i] && bytes % units[i] == 0) {
				return (bytes / units[i]) + names[i];
			}
		}
		return bytes + "B";
	}

}
