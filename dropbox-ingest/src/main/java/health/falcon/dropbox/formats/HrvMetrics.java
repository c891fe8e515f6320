package health.falcon.dropbox.formats;

import org.jspecify.annotations.Nullable;

/**
 * Time-domain HRV metrics recomputed from an RR series; {@code null} when the series is
 * too short (fewer than two intervals, or two for the successive differences).
 *
 * @param sdnn the sample standard deviation of the RR intervals, ms
 * @param rmssd the root mean square of successive differences, ms
 * @param pnn50 the share of successive differences above 50 ms, percent
 */
public record HrvMetrics(@Nullable Double sdnn, @Nullable Double rmssd, @Nullable Double pnn50) {

}
