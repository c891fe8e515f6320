package health.falcon.ingest.archive;

import java.util.function.LongSupplier;

/**
 * Counts the bytes an archive actually inflates, per entry and in all, and refuses as
 * soon as a limit is crossed. The compression ratio is checked once an entry (or the
 * archive) has inflated more than a mebibyte, so that small, highly compressible files
 * pass.
 */
final class InflationBudget {

	static final long RATIO_CHECK_AFTER = 1024 * 1024;

	private final ArchiveLimits limits;

	private final LongSupplier archiveCompressed;

	private long total;

	InflationBudget(ArchiveLimits limits, LongSupplier archiveCompressed) {
		this.limits = limits;
		this.archiveCompressed = archiveCompressed;
	}

	void countEntries(long entries) throws ArchiveRefusedException {
		if (entries > this.limits.maxEntries()) {
			throw new ArchiveRefusedException("entry count " + entries + " exceeds "
					+ this.limits.property("max-entries") + " " + this.limits.maxEntries(), true);
		}
	}

	/**
	 * Count bytes inflated from one entry.
	 * @param name the entry's name
	 * @param entryInflated the entry's inflated bytes so far
	 * @param entryCompressed the entry's compressed bytes (consumed, or declared where
	 * the reader bounds its reads by the declared size)
	 * @param n bytes just inflated
	 */
	void count(String name, long entryInflated, long entryCompressed, int n) throws ArchiveRefusedException {
		this.total += n;
		if (entryInflated > this.limits.maxEntrySize().toBytes()) {
			throw new ArchiveRefusedException("entry '" + name + "' inflates beyond "
					+ this.limits.property("max-entry-size") + " " + ArchiveLimits.format(this.limits.maxEntrySize()),
					false);
		}
		if (this.total > this.limits.maxTotalSize().toBytes()) {
			throw new ArchiveRefusedException("the archive inflates beyond " + this.limits.property("max-total-size")
					+ " " + ArchiveLimits.format(this.limits.maxTotalSize()), true);
		}
		if (entryInflated > RATIO_CHECK_AFTER && entryInflated / Math.max(entryCompressed, 1) > ratio()) {
			throw ratioExceeded("entry '" + name + "'");
		}
		if (this.total > RATIO_CHECK_AFTER && this.total / Math.max(this.archiveCompressed.getAsLong(), 1) > ratio()) {
			throw ratioExceeded("the archive");
		}
	}

	/**
	 * Start counting the total again, for a second read of entries already counted.
	 */
	void reset() {
		this.total = 0;
	}

	private int ratio() {
		return this.limits.maxCompressionRatio();
	}

	private ArchiveRefusedException ratioExceeded(String what) {
		// a ratio this high is a zip bomb's signature, so the whole archive is refused
		return new ArchiveRefusedException(
				what + " inflates more than " + ratio() + " times its compressed size: exceeds "
						+ this.limits.property("max-compression-ratio") + " " + ratio() + " (a possible zip bomb)",
				true);
	}

}
