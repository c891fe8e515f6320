package health.falcon.backend.photos;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WebpChunksTests {

	@Test
	void keepsAWebpWithoutMetadataByteForByte() {
		byte[] webp = TestImages.webp();
		assertThat(WebpChunks.strip(webp)).isEqualTo(webp);
	}

	@Test
	void dropsUnknownChunksAndFixesTheRiffSize() {
		byte[] webp = TestImages.webp();
		byte[] withUnknown = Arrays.copyOf(webp, webp.length + 12);
		System.arraycopy(TestImages.riffChunk("ABCD", new byte[] { 1, 2, 3, 4 }), 0, withUnknown, webp.length, 12);
		ByteBuffer.wrap(withUnknown).order(ByteOrder.LITTLE_ENDIAN).putInt(4, withUnknown.length - 8);
		byte[] stripped = WebpChunks.strip(withUnknown);
		assertThat(stripped).isEqualTo(webp);
	}

	@Test
	void refusesARiffSizeBeyondTheFile() {
		byte[] webp = TestImages.webp();
		ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN).putInt(4, webp.length * 2);
		assertThatExceptionOfType(UnsupportedMediaException.class).isThrownBy(() -> WebpChunks.strip(webp));
	}

	@Test
	void refusesAChunkThatRunsPastTheEnd() {
		byte[] webp = TestImages.webp();
		ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN).putInt(16, Integer.MAX_VALUE);
		assertThatExceptionOfType(UnsupportedMediaException.class).isThrownBy(() -> WebpChunks.strip(webp));
	}

	@Test
	void refusesAWebpWithoutImageData() {
		byte[] header = { 'R', 'I', 'F', 'F', 4, 0, 0, 0, 'W', 'E', 'B', 'P' };
		assertThatExceptionOfType(UnsupportedMediaException.class).isThrownBy(() -> WebpChunks.strip(header));
	}

}
