package health.falcon.devstack.sandbox.common.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The per-second heart rate of one UTC day, packed: the seconds of the day that have a
 * sample (none while the watch is charging) and their bpm, oldest first.
 *
 * @param utcDate the UTC day
 * @param seconds second of the day of each sample, ascending
 * @param bpm heart rate of each sample
 */
public record HeartRateDay(LocalDate utcDate, int[] seconds, short[] bpm) {

	/**
	 * Number of samples.
	 */
	public int size() {
		return this.seconds.length;
	}

	/**
	 * Returns the instant of a sample.
	 */
	public Instant instant(int index) {
		return this.utcDate.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(this.seconds[index]);
	}

}
