package health.falcon.fitbit.heartrate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import health.falcon.documents.heartrate.SampleKeys;

/**
 * Turns samples in any order into sorted, per-second-unique {@link DaySamples} per local
 * day. Samples outside 1..255 bpm are dropped (a packed bpm is one byte); for two samples
 * in the same second the one that comes later in the collection wins.
 */
final class DayGrouping {

	private DayGrouping() {
	}

	static Map<LocalDate, DaySamples> group(Collection<HeartRateSample> samples) {
		Map<LocalDate, long[]> packed = new TreeMap<>();
		Map<LocalDate, Integer> sizes = new TreeMap<>();
		int sequence = 0;
		for (HeartRateSample sample : samples) {
			sequence++;
			if (sample.bpm() < 1 || sample.bpm() > 255) {
				continue;
			}
			LocalDate day = SampleKeys.localDay(sample.instant(), sample.offset());
			long key = sample.instant().getEpochSecond() - SampleKeys.base(day);
			int size = sizes.getOrDefault(day, 0);
			long[] values = packed.computeIfAbsent(day, (d) -> new long[64]);
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
				packed.put(day, values);
			}
			// packed as key (18 bits) | arrival order (24 bits) |
			// offset in 15-minute units + 72 (8 bits) | bpm (8 bits)
			values[size] = (key << 40) | ((long) (sequence & 0xFFFFFF) << 16)
					| ((long) (sample.offset().getTotalSeconds() / 900 + 72) << 8) | sample.bpm();
			sizes.put(day, size + 1);
		}
		Map<LocalDate, DaySamples> days = new TreeMap<>();
		packed.forEach((day, values) -> days.put(day, toSamples(values, sizes.get(day))));
		return days;
	}

	private static DaySamples toSamples(long[] values, int size) {
		Arrays.sort(values, 0, size);
		int[] keys = new int[size];
		int[] bpm = new int[size];
		int[] offsets = new int[size];
		int n = 0;
		for (int i = 0; i < size; i++) {
			int key = (int) (values[i] >>> 40);
			if (n > 0 && keys[n - 1] == key) {
				n--;
			}
			keys[n] = key;
			bpm[n] = (int) (values[i] & 0xFF);
			offsets[n++] = ((int) ((values[i] >>> 8) & 0xFF) - 72) * 900;
		}
		return new DaySamples(Arrays.copyOf(keys, n), Arrays.copyOf(bpm, n), Arrays.copyOf(offsets, n));
	}

}
