package health.falcon.devstack.sandbox.strava;

import java.util.Map;

import tools.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A Strava webhook event as posted to the subscription's callback.
 *
 * @param objectType {@code activity} or {@code athlete}
 * @param objectId the activity id, or the athlete id for athlete events
 * @param aspectType {@code create}, {@code update} or {@code delete}
 * @param updates changed fields ({@code title}, {@code type}, {@code private},
 * {@code authorized}), string values, empty for create and delete
 * @param ownerId the athlete
 * @param eventTime epoch seconds
 */
@JsonNaming(SnakeCaseStrategy.class)
record WebhookEvent(String objectType, long objectId, String aspectType, Map<String, String> updates, long ownerId,
		long subscriptionId, long eventTime) {

}
