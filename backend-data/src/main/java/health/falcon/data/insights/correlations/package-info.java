/**
 * The {@code correlations} insight: Spearman's rho between the daily signals that other
 * insight kinds publish, at lags of 0 to 3 days, with p-values corrected for the number
 * of tests, so that noise shows no finding.
 */
@NullMarked
package health.falcon.data.insights.correlations;

import org.jspecify.annotations.NullMarked;
