package health.falcon.fitbit.heartrate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DaySamplesTests {

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
