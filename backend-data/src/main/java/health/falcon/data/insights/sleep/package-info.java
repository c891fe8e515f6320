/**
 * The {@code sleep} insight: each night's main sleep assigned to the local date it ends
 * on, duration and efficiency trends, the regularity of bed and wake times, and the
 * sleeping heart rate with its dip from the evening; publishes {@code sleep-duration} and
 * {@code sleep-efficiency} for the correlations.
 */
@NullMarked
package health.falcon.data.insights.sleep;

import org.jspecify.annotations.NullMarked;
