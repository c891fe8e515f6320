package health.falcon.documents.heartrate;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Per-minute min/avg/max/count of a day's samples, computed from the packed samples and
 * stored packed as well. Layout (version 1): a version byte, the minute count as a
 * varint, then per minute the minute-index delta (minutes since the day's base), the
 * count, the min and max bpm as single bytes and the bpm sum as a varint; the average is
 * sum / count. Stored in {@code heart_rate_days.rollups} as BSON binary; readers answer
 * long ranges from these, never from the samples.
 *
 * @param minutes minute indexes since the day's base, increasing
 * @param min minimum bpm per minute
 * @param max maximum bpm per minute
 * @param sum sum of bpm per minute
 * @param count samples per minute
 */
public record MinuteRollups(int[] minutes, int[] min, int[] max, int[] sum, int[] count) {

	/**
	 * Roll samples up per minute.
	 * @param keys the sample keys (seconds since the day's base), strictly increasing
	 * @param bpm the beats per minute per key
	 * @return the rollups of every minute that has a sample
	 */
	public static MinuteRollups of(int[] keys, int[] bpm) {
		int n = keys.length;
		int[] minutes = new int[n];
		int[] min = new int[n];
		int[] max = new int[n];
		int[] sum = new int[n];
		int[] count = new int[n];
		int m = -1;
		for (int i = 0; i < n; i++) {
			int minute = keys[i] / 60;
			int value = bpm[i];
			if (m < 0 || minutes[m] != minute) {
				m++;
				minutes[m] = minute;
				min[m] = value;
				max[m] = value;
			}
			min[m] = Math.min(min[m], value);
			max[m] = Math.max(max[m], value);
			sum[m] += value;
			count[m]++;
		}
		int size = m + 1;
		return new MinuteRollups(Arrays.copyOf(minutes, size), Arrays.copyOf(min, size), Arrays.copyOf(max, size),
				Arrays.copyOf(sum, size), Arrays.copyOf(count, size));
	}

	/**
	 * The number of minutes with samples.
	 * @return the size of every array
	 */
	public int size() {
		return this.minutes.length;
	}

	/**
	 * Pack these rollups.
	 */
	public byte[] encode() {
		byte[] buffer = new byte[6 + size() * 14];
		buffer[0] = 1;
		int pos = VarInts.write(buffer, 1, size());
		int previous = 0;
		for (int i = 0; i < size(); i++) {
			pos = VarInts.write(buffer, pos, this.minutes[i] - previous);
			pos = VarInts.write(buffer, pos, this.count[i]);
			buffer[pos++] = (byte) this.min[i];
			buffer[pos++] = (byte) this.max[i];
			pos = VarInts.write(buffer, pos, this.sum[i]);
			previous = this.minutes[i];
		}
		return Arrays.copyOf(buffer, pos);
	}

	/**
	 * Decode packed rollups.
	 * @param bytes the packed rollups, or {@code null} for none
	 * @return the rollups, empty for no bytes
	 * @throws IllegalArgumentException if the bytes are not a version 1 layout
	 */
	public static MinuteRollups decode(byte @Nullable [] bytes) {
		if (bytes == null || bytes.length == 0) {
			return new MinuteRollups(new int[0], new int[0], new int[0], new int[0], new int[0]);
		}
		if (bytes[0] != 1) {
			throw new IllegalArgumentException("Unknown heart-rate rollup layout " + bytes[0]);
		}
		int[] cursor = { 1 };
		int n = VarInts.read(bytes, cursor);
		MinuteRollups rollups = new MinuteRollups(new int[n], new int[n], new int[n], new int[n], new int[n]);
		int previous = 0;
		for (int i = 0; i < n; i++) {
			previous += VarInts.read(bytes, cursor);
			rollups.minutes[i] = previous;
			rollups.count[i] = VarInts.read(bytes, cursor);
			rollups.min[i] = bytes[cursor[0]++] & 0xFF;
			rollups.max[i] = bytes[cursor[0]++] & 0xFF;
			rollups.sum[i] = VarInts.read(bytes, cursor);
		}
		return rollups;
	}

}
