package health.falcon.documents.heartrate;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SampleCodecTests {

	@Test
	void roundTripsADayOfPerSecondSamplesInTwoBytesEach() {
		int[] keys = new int[86_400];
		int[] bpm = new int[86_400];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = 50_400 + i;
			bpm[i] = 40 + (i % 200);
		}
		byte[] packed = SampleCodec.encode(keys, bpm);
		assertThat(packed.length).isLessThan(86_400 * 2 + 8);
		int[][] decoded = SampleCodec.decode(packed);
		assertThat(decoded[0]).isEqualTo(keys);
		assertThat(decoded[1]).isEqualTo(bpm);
	}

	@Test
	void roundTripsLargeGapsExtremeValuesAndTheLargestKey() {
		int[] keys = { 0, 1, 128, 16_511, 200_000 };
		int[] bpm = { 1, 255, 127, 128, 60 };
		int[][] decoded = SampleCodec.decode(SampleCodec.encode(keys, bpm));
		assertThat(decoded[0]).isEqualTo(keys);
		assertThat(decoded[1]).isEqualTo(bpm);
	}

	@Test
	void keepsTheStoredSampleLayoutByteForByte() {
		// version 1, two samples: key delta 1 and bpm 60, then key delta 299 (two
		// varint bytes) and bpm 61; stored documents must decode the same forever
		byte[] stored = { 1, 2, 1, 60, (byte) 0xAB, 2, 61 };
		assertThat(SampleCodec.encode(new int[] { 1, 300 }, new int[] { 60, 61 })).isEqualTo(stored);
		assertThat(SampleCodec.decode(stored)[0]).containsExactly(1, 300);
	}

	@Test
	void keepsTheStoredRollupLayoutByteForByte() {
		// version 1, two minutes: (delta 0, count 3, min 60, max 80, sum 210) and
		// (delta 1, count 1, min 90, max 90, sum 90)
		byte[] stored = { 1, 2, 0, 3, 60, 80, (byte) 0xD2, 1, 1, 1, 90, 90, 90 };
		assertThat(MinuteRollups.of(new int[] { 0, 30, 59, 60 }, new int[] { 60, 70, 80, 90 }).encode())
			.isEqualTo(stored);
		assertThat(MinuteRollups.decode(stored).sum()).containsExactly(210, 90);
	}

	@Test
	void decodesNothingAsEmpty() {
		assertThat(SampleCodec.decode(null)[0]).isEmpty();
		assertThat(SampleCodec.decode(SampleCodec.encode(new int[0], new int[0]))[0]).isEmpty();
		assertThat(MinuteRollups.decode(null).size()).isZero();
	}

	@Test
	void rejectsUnknownLayoutsAndTruncatedBytes() {
		assertThatIllegalArgumentException().isThrownBy(() -> SampleCodec.decode(new byte[] { 9, 0 }));
		byte[] packed = SampleCodec.encode(new int[] { 1, 300 }, new int[] { 60, 61 });
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SampleCodec.decode(Arrays.copyOf(packed, packed.length - 1)));
	}

	@Test
	void rollsUpPerMinuteAndRoundTrips() {
		MinuteRollups rollups = MinuteRollups.of(new int[] { 0, 30, 59, 60, 3_600 }, new int[] { 60, 70, 80, 90, 100 });
		assertThat(rollups.minutes()).containsExactly(0, 1, 60);
		assertThat(rollups.min()).containsExactly(60, 90, 100);
		assertThat(rollups.max()).containsExactly(80, 90, 100);
		assertThat(rollups.sum()).containsExactly(210, 90, 100);
		assertThat(rollups.count()).containsExactly(3, 1, 1);
		MinuteRollups decoded = MinuteRollups.decode(rollups.encode());
		assertThat(decoded.minutes()).isEqualTo(rollups.minutes());
		assertThat(decoded.sum()).isEqualTo(rollups.sum());
		assertThat(decoded.count()).isEqualTo(rollups.count());
	}

}
