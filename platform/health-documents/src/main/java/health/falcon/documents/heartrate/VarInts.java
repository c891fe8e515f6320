package health.falcon.documents.heartrate;

/**
 * Unsigned LEB128 varints over a byte array: the building block of the packed sample and
 * rollup layouts.
 */
final class VarInts {

	private VarInts() {
	}

	static int write(byte[] buffer, int position, int value) {
		int pos = position;
		int remaining = value;
		while ((remaining & ~0x7F) != 0) {
			buffer[pos++] = (byte) ((remaining & 0x7F) | 0x80);
			remaining >>>= 7;
		}
		buffer[pos++] = (byte) remaining;
		return pos;
	}

	/**
	 * Read a varint.
	 * @param cursor a one-element array holding the read position, advanced past the
	 * value
	 */
	static int read(byte[] buffer, int[] cursor) {
		int result = 0;
		int shift = 0;
		while (true) {
			if (cursor[0] >= buffer.length || shift > 28) {
				throw new IllegalArgumentException("Truncated or malformed varint");
			}
			byte b = buffer[cursor[0]++];
			result |= (b & 0x7F) << shift;
			if ((b & 0x80) == 0) {
				return result;
			}
			shift += 7;
		}
	}

}
