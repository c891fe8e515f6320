package health.falcon.testsupport;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Samples the used heap every 5 ms on a daemon thread while a benchmark runs, for the
 * "peak heap" figures of {@code docs/benchmarks.md}. The peak includes garbage not yet
 * collected, so it is an upper bound on what the measured work needs.
 */
public final class HeapSampler implements AutoCloseable {

	private static final long INTERVAL_NANOS = 5_000_000;

	private static final long MIB = 1024 * 1024;

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final AtomicLong peak = new AtomicLong();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final long baseline;

	private HeapSampler() {
		System.gc();
		this.baseline = this.memory.getHeapMemoryUsage().getUsed();
		Thread sampler = new Thread(this::sample, "heap-sampler");
		sampler.setDaemon(true);
		sampler.start();
	}

	/**
	 * Collect garbage, note the used heap as the baseline, and start sampling.
	 * @return the running sampler; close it when the measured work ends
	 */
	public static HeapSampler start() {
		return new HeapSampler();
	}

	/**
	 * @return the highest used heap seen so far, in MiB
	 */
	public long peakMiB() {
		return this.peak.get() / MIB;
	}

	/**
	 * @return the used heap after the collection at start, in MiB
	 */
	public long baselineMiB() {
		return this.baseline / MIB;
	}

	/**
	 * @return the JVM's maximum heap, in MiB
	 */
	public static long maxMiB() {
		return Runtime.getRuntime().maxMemory() / MIB;
	}

	/**
	 * Stop sampling; the figures stay readable.
	 */
	@Override
	public void close() {
		this.running.set(false);
	}

	private void sample() {
		while (this.running.get()) {
			this.peak.accumulateAndGet(this.memory.getHeapMemoryUsage().getUsed(), Math::max);
			LockSupport.parkNanos(INTERVAL_NANOS);
		}
	}

}
