/**
 * What every metric's series shares: the parsed query ({@code from}/{@code to},
 * {@code resolution} or {@code maxPoints}), the resolutions, the user's zone and the
 * {@code validation} and {@code range-too-large} problems.
 */
@NullMarked
package health.falcon.data.series;

import org.jspecify.annotations.NullMarked;
