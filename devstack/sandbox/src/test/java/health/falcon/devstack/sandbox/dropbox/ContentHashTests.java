package health.falcon.devstack.sandbox.dropbox;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dropbox's content hash, checked against the test vectors of the reference sheet.
 */
class ContentHashTests {

	@Test
	void emptyContentHasNoBlocks() {
		assertThat(ContentHash.of(new byte[0]))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	@Test
	void shortContentIsHashedTwice() {
		assertThat(ContentHash.of("hello".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("9595c9df90075148eb06860365df33584b75bff782a510c6cd4883a419833d50");
	}

	@Test
	void oneFullBlock() {
		assertThat(ContentHash.of(new byte[ContentHash.BLOCK_SIZE]))
			.isEqualTo("c7e946d101855255d919ef0c70718633adf77d3dfb3adeeecf5d0cb4e951be58");
	}

	@Test
	void oneFullBlockAndOneByte() {
		assertThat(ContentHash.of(new byte[ContentHash.BLOCK_SIZE + 1]))
			.isEqualTo("14a4d47f23a30177885d9820122f17d2d3a55fe63f7f5c27b95f689e0b2accd6");
	}

}
