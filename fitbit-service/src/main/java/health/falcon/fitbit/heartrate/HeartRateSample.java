package health.falcon.fitbit.heartrate;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * One heart-rate reading as a source reported it.
 *
 * @param instant when it was measured (UTC)
 * @param offset the wall-clock offset in force where it was measured; it decides the
 * local day the sample belongs to
 * @param bpm beats per minute
 */
public record HeartRateSample(Instant instant, ZoneOffset offset, int bpm) {

}
