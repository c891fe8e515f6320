package health.falcon.devstack.sandbox.common.synthetic;

import java.util.SplittableRandom;

/**
 * Derives independent, reproducible random streams from a seed and a key (a day, a
 * minute, a purpose), so any part of the synthetic data can be generated on its own.
 */
final class SeededRandom {

	private SeededRandom() {
	}

	/**
	 * Returns a random stream for a seed, a purpose and a key.
	 * @param seed the data seed
	 * @param purpose what the numbers are for (keeps streams apart)
	 * @param key the day, minute or other unit
	 * @return a fresh stream, the same for the same arguments
	 */
	static SplittableRandom of(long seed, int purpose, long key) {
		long mixed = seed * 0x9E3779B97F4A7C15L + purpose * 0xBF58476D1CE4E5B9L + key * 0x94D049BB133111EBL;
		return new SplittableRandom(mixed ^ (mixed >>> 31));
	}

}
