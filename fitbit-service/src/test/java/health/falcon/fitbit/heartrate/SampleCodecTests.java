package health.falcon.fitbit.heartrate;

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
	void decodesNothingAsEmpty() {
		assertThat(SampleCodec.decode(null)[0]).isEmpty();
		assertThat(SampleCodec.decode(SampleCodec.encode(new int[0], new int[0]))[0]).isEmpty();
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
		DaySamples samples = new DaySamples(new int[] { 0, 30, 59, 60, 3_600 }, new int[] { 60, 70, 80, 90, 100 },
				new int[5]);
		MinuteRollups rollups = MinuteRollups.of(samples);
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

	@Test
	void mergeLetsTheLaterSampleWinTheSameSecond() {
		DaySamples stored = new DaySamples(new int[] { 1, 2, 3 }, new int[] { 60, 61, 62 }, new int[3]);
		DaySamples late = new DaySamples(new int[] { 0, 2, 4 }, new int[] { 50, 99, 70 }, new int[3]);
		DaySamples merged = stored.mergeWith(late);
		assertThat(merged.keys()).containsExactly(0, 1, 2, 3, 4);
		assertThat(merged.bpm()).containsExactly(50, 60, 99, 62, 70);
		assertThat(stored.mergeWith(stored)).isSameAs(stored);
	}

}
