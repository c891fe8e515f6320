package health.falcon.dropbox.sync;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test vectors of provider-apis.md 3.5.
 */
class ContentHasherTests {

	@Test
	void hashesAnEmptyFileAsZeroBlocks() {
		assertThat(hash(new byte[0])).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	@Test
	void hashesTheDigestOfTheBlockDigestsNotTheContent() {
		assertThat(hash("hello".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("9595c9df90075148eb06860365df33584b75bff782a510c6cd4883a419833d50");
	}

	@Test
	void hashesExactlyOneFullBlock() {
		assertThat(hash(new byte[ContentHasher.BLOCK_SIZE]))
			.isEqualTo("c7e946d101855255d919ef0c70718633adf77d3dfb3adeeecf5d0cb4e951be58");
	}

	@Test
	void startsASecondBlockAfterFourMebibytes() {
		assertThat(hash(new byte[ContentHasher.BLOCK_SIZE + 1]))
			.isEqualTo("14a4d47f23a30177885d9820122f17d2d3a55fe63f7f5c27b95f689e0b2accd6");
	}

	@Test
	void givesTheSameHashWhateverTheChunksOfTheStream() {
		byte[] content = new byte[ContentHasher.BLOCK_SIZE + 1];
		ContentHasher hasher = new ContentHasher();
		int chunk = 65_537;
		for (int offset = 0; offset < content.length; offset += chunk) {
			hasher.update(content, offset, Math.min(chunk, content.length - offset));
		}
		assertThat(hasher.hex()).isEqualTo("14a4d47f23a30177885d9820122f17d2d3a55fe63f7f5c27b95f689e0b2accd6");
	}

	private static String hash(byte[] content) {
		ContentHasher hasher = new ContentHasher();
		hasher.update(content, 0, content.length);
		return hasher.hex();
	}

}
