package health.falcon.data.insights.correlations;

import java.util.List;

/**
 * A pair of daily signals whose relation the correlations look at: does {@code x} on one
 * day go with {@code y} on the same or a later day?
 *
 * @param x the name of the earlier signal
 * @param y the name of the later signal
 */
record SignalPair(String x, String y) {

	/** The pairs, in the order they are listed. */
	static final List<SignalPair> ALL = List.of(new SignalPair("sodium", "morning-systolic"),
			new SignalPair("sugar", "sleep-efficiency"), new SignalPair("sugar", "rmssd"),
			new SignalPair("calories-in", "sleep-efficiency"), new SignalPair("calories-in", "rmssd"),
			new SignalPair("sleep-duration", "resting-heart-rate"), new SignalPair("training-load", "rmssd"));

}
