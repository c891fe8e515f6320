/**
 * Which stored channel wins where two hold the same value
 * ({@code falcon.data.precedence.*}), shared by the metric series, the lists and the
 * dashboard.
 */
@NullMarked
package health.falcon.data.precedence;

import org.jspecify.annotations.NullMarked;
