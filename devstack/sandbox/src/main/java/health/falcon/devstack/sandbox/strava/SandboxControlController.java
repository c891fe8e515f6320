package health.falcon.devstack.sandbox.strava;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import tools.jackson.databind.annotation.JsonNaming;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sandbox-only control routes under {@code /strava/sandbox} (not part of Strava's API):
 * they change an athlete's data as if the athlete had used Strava, and answer with the
 * webhook delivery outcome.
 */
@RestController
class SandboxControlController {

	private final SandboxControlService service;

	SandboxControlController(SandboxControlService service) {
		this.service = service;
	}

	@PostMapping("/strava/sandbox/athletes/{athleteId}/activities")
	@ResponseStatus(HttpStatus.CREATED)
	SandboxControlService.Outcome create(@PathVariable long athleteId,
			@RequestBody(required = false) @Nullable ActivityChanges changes) {
		ActivityChanges body = (changes != null) ? changes : ActivityChanges.NONE;
		return this.service.create(athleteId, body.sportType(), body.name(), body.onlyMe());
	}

	@PutMapping("/strava/sandbox/athletes/{athleteId}/activities/{activityId}")
	SandboxControlService.Outcome update(@PathVariable long athleteId, @PathVariable long activityId,
			@RequestBody ActivityChanges changes) {
		return this.service.update(athleteId, activityId, changes.name(), changes.sportType(), changes.onlyMe());
	}

	@DeleteMapping("/strava/sandbox/athletes/{athleteId}/activities/{activityId}")
	SandboxControlService.Outcome delete(@PathVariable long athleteId, @PathVariable long activityId) {
		return this.service.delete(athleteId, activityId);
	}

	@PostMapping("/strava/sandbox/athletes/{athleteId}/deauthorize")
	SandboxControlService.Outcome deauthorize(@PathVariable long athleteId) {
		return this.service.deauthorize(athleteId);
	}

	/**
	 * Changes to an activity; each field is optional.
	 *
	 * @param name new title
	 * @param sportType new sport type, e.g. {@code Run}
	 * @param onlyMe new privacy ({@code "private"} in JSON)
	 */
	@JsonNaming(SnakeCaseStrategy.class)
	record ActivityChanges(@Nullable String name, @Nullable String sportType,
			@JsonProperty("private") @Nullable Boolean onlyMe) {

		static final ActivityChanges NONE = new ActivityChanges(null, null, null);

	}

}
