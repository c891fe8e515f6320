package health.falcon.devstack.sandbox.strava;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Sandbox-only operations that play the athlete's part on Strava: record, edit and delete
 * an activity, or revoke the application. Each change is followed by the webhook event
 * Strava would send.
 */
@Service
class SandboxControlService {

	private final StravaProperties properties;

	private final ActivityStore store;

	private final OAuthTokens tokens;

	private final WebhookPublisher publisher;

	SandboxControlService(StravaProperties properties, ActivityStore store, OAuthTokens tokens,
			WebhookPublisher publisher) {
		this.properties = properties;
		this.store = store;
		this.tokens = tokens;
		this.publisher = publisher;
	}

	Outcome create(long athleteId, @Nullable String sportType, @Nullable String name, @Nullable Boolean onlyMe) {
		StravaProperties.Athlete athlete = athlete(athleteId);
		StravaActivity activity = this.store.create(athlete, sportType);
		activity = (name != null) ? activity.withName(name) : activity;
		activity = (onlyMe != null) ? activity.withOnlyMe(onlyMe) : activity;
		this.store.replace(activity);
		return new Outcome(ActivityViews.summary(activity),
				this.publisher.publish("activity", activity.id(), "create", Map.of(), athleteId));
	}

	Outcome update(long athleteId, long activityId, @Nullable String name, @Nullable String sportType,
			@Nullable Boolean onlyMe) {
		StravaActivity activity = activity(athleteId, activityId);
		Map<String, String> updates = new LinkedHashMap<>();
		if (name != null) {
			activity = activity.withName(name);
			updates.put("title", name);
		}
		if (sportType != null) {
			activity = activity.withSportType(sportType);
			updates.put("type", sportType);
		}
		if (onlyMe != null) {
			activity = activity.withOnlyMe(onlyMe);
			updates.put("private", String.valueOf(onlyMe));
		}
		this.store.replace(activity);
		return new Outcome(ActivityViews.summary(activity),
				this.publisher.publish("activity", activityId, "update", updates, athleteId));
	}

	Outcome delete(long athleteId, long activityId) {
		activity(athleteId, activityId);
		this.store.remove(activityId);
		return new Outcome(null, this.publisher.publish("activity", activityId, "delete", Map.of(), athleteId));
	}

	Outcome deauthorize(long athleteId) {
		athlete(athleteId);
		this.tokens.revokeAthlete(athleteId);
		return new Outcome(null,
				this.publisher.publish("athlete", athleteId, "update", Map.of("authorized", "false"), athleteId));
	}

	private StravaProperties.Athlete athlete(long athleteId) {
		return this.properties.findAthlete(athleteId)
			.orElseThrow(() -> new StravaFaultException(HttpStatus.NOT_FOUND, Fault.notFound("Athlete")));
	}

	private StravaActivity activity(long athleteId, long activityId) {
		athlete(athleteId);
		return this.store.find(activityId)
			.filter((activity) -> activity.athleteId() == athleteId)
			.orElseThrow(() -> new StravaFaultException(HttpStatus.NOT_FOUND, Fault.notFound("Activity")));
	}

	/**
	 * The result of a sandbox operation.
	 *
	 * @param activity the activity after the change, {@code null} after a delete or a
	 * deauthorization
	 */
	record Outcome(@Nullable SummaryActivity activity, WebhookPublisher.Delivery webhook) {

	}

}
