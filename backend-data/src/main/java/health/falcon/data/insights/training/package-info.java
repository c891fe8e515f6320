/**
 * The {@code training-load} insight: a Banister TRIMP per activity from its heart rate,
 * the daily load, fitness, fatigue and form, and the {@code training-load} daily signal.
 */
@NullMarked
package health.falcon.data.insights.training;

import org.jspecify.annotations.NullMarked;
