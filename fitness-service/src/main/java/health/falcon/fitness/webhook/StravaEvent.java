package health.falcon.fitness.webhook;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * One Strava push event.
 *
 * @param objectType {@code activity} or {@code athlete}
 * @param objectId the activity id, or the athlete id for athlete events
 * @param aspectType {@code create}, {@code update} or {@code delete}
 * @param updates what changed ({@code title}, {@code type}, {@code private};
 * {@code authorized: "false"} when the athlete revoked access); empty for create and
 * delete
 * @param ownerId the athlete id
 * @param subscriptionId the push subscription's id
 * @param eventTime epoch seconds
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record StravaEvent(@JsonProperty("object_type") @NotBlank String objectType,
		@JsonProperty("object_id") @NotNull Long objectId, @JsonProperty("aspect_type") @NotBlank String aspectType,
		@Nullable Map<String, Object> updates, @JsonProperty("owner_id") @NotNull Long ownerId,
		@JsonProperty("subscription_id") @Nullable Long subscriptionId,
		@JsonProperty("event_time") @Nullable Long eventTime) {

	private static final Set<String> ACTIVITY_ASPECTS = Set.of("create", "update", "delete");

	/**
	 * What this event asks to look at again: an activity for {@code create},
	 * {@code update} and {@code delete}, the grant for a deauthorization, nothing for
	 * anything else.
	 * @return the kind of look, empty when the event needs none
	 */
	Optional<Look.Kind> lookKind() {
		if ("activity".equals(this.objectType) && ACTIVITY_ASPECTS.contains(this.aspectType)) {
			return Optional.of(Look.Kind.ACTIVITY);
		}
		return deauthorization() ? Optional.of(Look.Kind.GRANT) : Optional.empty();
	}

	/**
	 * The look this event asks for, for the user who connected its athlete.
	 * @param userId that user
	 * @param kind from {@link #lookKind()}
	 * @return the look
	 */
	Look look(String userId, Look.Kind kind) {
		return new Look(userId, new Look.Key(this.ownerId, this.objectType, this.objectId), kind,
				!"delete".equals(this.aspectType));
	}

	/**
	 * Whether this event says the athlete revoked access ({@code authorized} arrives as
	 * the string {@code "false"}; a boolean is accepted too).
	 * @return {@code true} for a deauthorization
	 */
	boolean deauthorization() {
		return "athlete".equals(this.objectType) && "update".equals(this.aspectType)
				&& flag("authorized").filter((authorized) -> !authorized).isPresent();
	}

	private Optional<Boolean> flag(String name) {
		Object value = (this.updates != null) ? this.updates.get(name) : null;
		if (value instanceof Boolean flag) {
			return Optional.of(flag);
		}
		if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
			return Optional.of(Boolean.parseBoolean(text));
		}
		return Optional.empty();
	}

}
