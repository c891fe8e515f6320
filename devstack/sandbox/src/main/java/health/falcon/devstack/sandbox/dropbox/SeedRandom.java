package health.falcon.devstack.sandbox.dropbox;

import java.util.SplittableRandom;

/**
 * Independent reproducible random streams per seed, purpose and key (usually a day), so
 * each seeded file can be generated on its own.
 */
final class SeedRandom {

	private SeedRandom() {
	}

	static SplittableRandom of(long seed, int purpose, long key) {
		long mixed = seed * 0x9E3779B97F4A7C15L + purpose * 0xBF58476D1CE4E5B9L + key * 0x94D049BB133111EBL;
		return new SplittableRandom(mixed ^ (mixed >>> 29));
	}

}
