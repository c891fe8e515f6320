/**
 * Sleep sessions with stage minutes, efficiency, the main-sleep flag and the stage
 * timeline.
 */
@NullMarked
package health.falcon.fitbit.sleep;

import org.jspecify.annotations.NullMarked;
