package health.falcon.data.heartrate;

import java.time.Instant;

/**
 * One stored per-minute rollup, on the instant axis.
 *
 * @param t the start of the minute
 * @param count the number of samples
 * @param min the smallest bpm
 * @param max the largest bpm
 * @param sum the sum of the bpm
 */
record Minute(Instant t, int count, int min, int max, long sum) {

}
