/**
 * The connected user's Google Health identity and time zone ({@code fitbit_profiles}).
 */
@NullMarked
package health.falcon.fitbit.profile;

import org.jspecify.annotations.NullMarked;
