package health.falcon.fitbit.heartrate;

import java.time.LocalDate;
import java.util.Arrays;

import health.falcon.documents.heartrate.SampleKeys;

/**
 * The samples of one local day, sorted by instant with at most one per second, held as
 * parallel primitive arrays. A sample's <em>key</em> is its second on the day's time axis
 * ({@link SampleKeys}), so keys are small, never negative, and stay unique across a
 * daylight-saving overlap or a change of zone within the day.
 *
 * @param keys seconds since the day's base, strictly increasing
 * @param bpm beats per minute per key
 * @param offsets the UTC offset in seconds per key
 */
record DaySamples(int[] keys, int[] bpm, int[] offsets) {

	static final DaySamples EMPTY = new DaySamples(new int[0], new int[0], new int[0]);

	int size() {
		return this.keys.length;
	}

	/**
	 * Merge {@code later} into these samples; for the same second the later sample wins.
	 * @param later the incoming samples, sorted and unique by key
	 * @return the merged samples (this instance when nothing changes)
	 */
	DaySamples mergeWith(DaySamples later) {
		int[] k = new int[size() + later.size()];
		int[] b = new int[k.length];
		int[] o = new int[k.length];
		int i = 0;
		int j = 0;
		int n = 0;
		while (i < size() || j < later.size()) {
			boolean takeLater = (i == size()) || (j < later.size() && later.keys[j] <= this.keys[i]);
			if (takeLater) {
				if (i < size() && later.keys[j] == this.keys[i]) {
					i++;
				}
				k[n] = later.keys[j];
				b[n] = later.bpm[j];
				o[n++] = later.offsets[j++];
			}
			else {
				k[n] = this.keys[i];
				b[n] = this.bpm[i];
				o[n++] = this.offsets[i++];
			}
		}
		DaySamples merged = new DaySamples(Arrays.copyOf(k, n), Arrays.copyOf(b, n), Arrays.copyOf(o, n));
		return merged.sameAs(this) ? this : merged;
	}

	/**
	 * These samples without those whose instant lies in {@code [from, to)}.
	 * @param day the local day these samples belong to
	 * @param from the first epoch second removed
	 * @param to the first epoch second kept again
	 * @return the remaining samples (this instance when nothing is removed)
	 */
	DaySamples without(LocalDate day, long from, long to) {
		long base = SampleKeys.base(day);
		int[] k = new int[size()];
		int[] b = new int[k.length];
		int[] o = new int[k.length];
		int n = 0;
		for (int i = 0; i < size(); i++) {
			long second = base + this.keys[i];
			if (second < from || second >= to) {
				k[n] = this.keys[i];
				b[n] = this.bpm[i];
				o[n++] = this.offsets[i];
			}
		}
		return (n == size()) ? this : new DaySamples(Arrays.copyOf(k, n), Arrays.copyOf(b, n), Arrays.copyOf(o, n));
	}

	boolean sameAs(DaySamples other) {
		return Arrays.equals(this.keys, other.keys) && Arrays.equals(this.bpm, other.bpm)
				&& Arrays.equals(this.offsets, other.offsets);
	}

}
