/**
 * The Google Health API (v4) connector of provider {@code fitbit}: OAuth conventions, the
 * rate-limit policy, the heart-rate, resting heart-rate, sleep and daily activity
 * streams, and the targeted re-fetch that notifications ask for.
 */
@NullMarked
package health.falcon.fitbit.googlehealth;

import org.jspecify.annotations.NullMarked;
