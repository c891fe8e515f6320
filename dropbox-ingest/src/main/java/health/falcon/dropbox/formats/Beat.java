package health.falcon.dropbox.formats;

/**
 * One beat of an RR series.
 *
 * @param n the report's beat index
 * @param timestampMs milliseconds since the start of the recording
 * @param rrMs the RR interval, ms
 * @param bpm the instantaneous heart rate, bpm
 */
public record Beat(int n, long timestampMs, int rrMs, int bpm) {

}
