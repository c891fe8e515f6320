package health.falcon.ingest.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * ZIP archives built in memory for the attacker's tests: zip bombs (zeros deflated at the
 * best compression, so a few kilobytes inflate to megabytes) and archives whose headers
 * lie about the entries' sizes. Nothing large is ever committed.
 */
final class Zips {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final ZipOutputStream zip = new ZipOutputStream(this.bytes);

	private Zips() {
		this.zip.setLevel(Deflater.BEST_COMPRESSION);
	}

	/**
	 * Start an archive.
	 * @return an empty archive
	 */
	static Zips zip() {
		return new Zips();
	}

	/**
	 * Add an entry.
	 * @param name the entry's path inside the archive
	 * @param content the entry's bytes, stored deflated
	 * @return this archive
	 */
	Zips with(String name, byte[] content) {
		try {
			this.zip.putNextEntry(new ZipEntry(name));
			this.zip.write(content);
			this.zip.closeEntry();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	/**
	 * Add an entry of zeros, written in chunks so the test never holds it.
	 * @param name the entry's path inside the archive
	 * @param size its inflated size in bytes
	 * @return this archive
	 */
	Zips withZeros(String name, long size) {
		try {
			this.zip.putNextEntry(new ZipEntry(name));
			writeZeros(this.zip, size);
			this.zip.closeEntry();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	/**
	 * The archive's bytes.
	 * @return the bytes
	 */
	byte[] bytes() {
		try {
			this.zip.close();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return this.bytes.toByteArray();
	}

	/**
	 * The archive's bytes, with every uncompressed size the headers state (the central
	 * directory and the data descriptors) replaced by a lie.
	 * @param declared the size to declare
	 * @return the bytes
	 */
	byte[] declaringSize(int declared) {
		byte[] archive = bytes();
		ByteBuffer buffer = ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i + 4 <= archive.length; i++) {
			int signature = buffer.getInt(i);
			if (signature == 0x02014b50) {
				buffer.putInt(i + 24, declared);
			}
			else if (signature == 0x08074b50) {
				buffer.putInt(i + 12, declared);
			}
		}
		return archive;
	}

	static void writeZeros(OutputStream out, long size) throws IOException {
		byte[] chunk = new byte[64 * 1024];
		for (long left = size; left > 0; left -= chunk.length) {
			out.write(chunk, 0, (int) Math.min(left, chunk.length));
		}
	}

}
