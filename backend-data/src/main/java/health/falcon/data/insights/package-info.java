/**
 * Insights: what the user's numbers mean across sources. Each kind is an
 * {@link health.falcon.data.insights.InsightCalculator} in its own subpackage; this
 * package runs them for the user's today, caches the answers per user in MongoDB and
 * recomputes them when new data arrives
 * ({@link health.falcon.data.insights.DataVersions}).
 */
@NullMarked
package health.falcon.data.insights;

import org.jspecify.annotations.NullMarked;
