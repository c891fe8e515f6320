/**
 * The {@code baselines} insight: resting heart rate and ln RMSSD against the person's own
 * 60-day normal range, and the {@code resting-heart-rate} and {@code rmssd} daily
 * signals.
 */
@NullMarked
package health.falcon.data.insights.baselines;

import org.jspecify.annotations.NullMarked;
