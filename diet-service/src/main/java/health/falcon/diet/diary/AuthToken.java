package health.falcon.diet.diary;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /user/auth_token?refresh=true} answers a signed-in session: a bearer
 * token for the API host and the MyFitnessPal user id. Never logged.
 *
 * @param accessToken the bearer token
 * @param userId the MyFitnessPal user id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AuthToken(@JsonProperty("access_token") @Nullable String accessToken,
		@JsonProperty("user_id") @Nullable String userId) {

	boolean usable() {
		return this.accessToken != null && !this.accessToken.isBlank() && this.userId != null && !this.userId.isBlank();
	}

	@Override
	public String toString() {
		return "AuthToken[userId=" + this.userId + "]";
	}

}
