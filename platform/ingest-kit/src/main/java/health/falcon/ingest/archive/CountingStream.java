package health.falcon.ingest.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that reports every byte it hands out, so that a guard counts what an
 * archive really inflates rather than what its headers claim. Skipped bytes are read and
 * reported too: an inflater produces them all the same.
 */
abstract class CountingStream extends FilterInputStream {

	CountingStream(InputStream in) {
		super(in);
	}

	/**
	 * Called after bytes were read.
	 * @param n how many, at least one
	 * @throws IOException to refuse the read (for example a limit was passed)
	 */
	abstract void counted(int n) throws IOException;

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			counted(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			counted(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		return readNBytes((int) Math.min(n, 8192)).length;
	}

}
