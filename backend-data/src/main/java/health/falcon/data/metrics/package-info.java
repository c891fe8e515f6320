/**
 * The metric catalog ({@code GET /metrics}) and every metric but heart rate ({@code GET
 * /metrics/{metric}}): daily activity, resting heart rate, nutrition (with the
 * diary/export precedence), weight, HRV, sleep and blood pressure, summed up per local
 * date each value was measured on, in the user's unit system. Read only.
 */
@NullMarked
package health.falcon.data.metrics;

import org.jspecify.annotations.NullMarked;
