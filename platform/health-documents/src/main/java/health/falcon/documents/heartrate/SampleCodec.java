package health.falcon.documents.heartrate;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Packs a day's samples into bytes. Layout (version 1): one version byte, the sample
 * count as a varint, then per sample the key delta from the previous sample (the first
 * from 0) as a varint and the bpm as one unsigned byte. At a 1 s cadence a sample costs 2
 * bytes, at 5 s also 2 bytes, and only gaps over 127 s take a third. Offsets are not in
 * the bytes; they change rarely and are kept as runs beside them. A key is the sample's
 * second relative to its day's base, see {@link SampleKeys}. Stored in
 * {@code heart_rate_days.samples} as BSON binary.
 */
public final class SampleCodec {

	/** The layout version this codec writes and reads. */
	public static final int VERSION = 1;

	private SampleCodec() {
	}

	/**
	 * Pack samples.
	 * @param keys the sample keys, strictly increasing and not negative
	 * @param bpm the beats per minute per key, 0 to 255
	 */
	public static byte[] encode(int[] keys, int[] bpm) {
		byte[] buffer = new byte[6 + keys.length * 6];
		buffer[0] = VERSION;
		int pos = VarInts.write(buffer, 1, keys.length);
		int previous = 0;
		for (int i = 0; i < keys.length; i++) {
			pos = VarInts.write(buffer, pos, keys[i] - previous);
			buffer[pos++] = (byte) bpm[i];
			previous = keys[i];
		}
		return Arrays.copyOf(buffer, pos);
	}

	/**
	 * Decode packed samples.
	 * @param bytes the packed samples, or {@code null} for none
	 * @return keys (index 0) and bpm (index 1), empty arrays for no bytes
	 * @throws IllegalArgumentException if the bytes are not a version 1 layout
	 */
	public static int[][] decode(byte @Nullable [] bytes) {
		if (bytes == null || bytes.length == 0) {
			return new int[][] { new int[0], new int[0] };
		}
		if (bytes[0] != VERSION) {
			throw new IllegalArgumentException("Unknown heart-rate sample layout " + bytes[0]);
		}
		int[] cursor = { 1 };
		int count = VarInts.read(bytes, cursor);
		int[] keys = new int[count];
		int[] bpm = new int[count];
		int previous = 0;
		for (int i = 0; i < count; i++) {
			previous += VarInts.read(bytes, cursor);
			keys[i] = previous;
			if (cursor[0] >= bytes.length) {
				throw new IllegalArgumentException("Truncated heart-rate samples");
			}
			bpm[i] = bytes[cursor[0]++] & 0xFF;
		}
		return new int[][] { keys, bpm };
	}

}
