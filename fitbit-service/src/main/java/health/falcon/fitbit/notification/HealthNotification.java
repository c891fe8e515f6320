package health.falcon.fitbit.notification;

import java.util.List;

import health.falcon.fitbit.googlehealth.TargetedRefetch;

/**
 * One Google Health notification: metadata only, the values have to be fetched.
 *
 * @param healthUserId the Google Health user it is about
 * @param dataType the kebab-case data type
 * @param operation {@code UPSERT} or {@code DELETE}
 * @param intervals the time ranges that changed (may be empty)
 */
record HealthNotification(String healthUserId, String dataType, String operation,
		List<TargetedRefetch.Interval> intervals) {

}
