package health.falcon.devstack.sandbox.strava;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Strava's read API for the authenticated athlete: {@code GET /athlete},
 * {@code GET /athlete/activities} and {@code GET /activities/{id}}, with Strava's scope
 * rules ({@code activity:read}, and {@code activity:read_all} for "Only Me").
 */
@RestController
class ActivitiesController {

	private static final int DEFAULT_PER_PAGE = 30;

	private static final int MAX_PER_PAGE = 200;

	private final OAuthTokens tokens;

	private final ActivityStore store;

	private final StravaProperties properties;

	ActivitiesController(OAuthTokens tokens, ActivityStore store, StravaProperties properties) {
		this.tokens = tokens;
		this.store = store;
		this.properties = properties;
	}

	@GetMapping("/strava/api/v3/athlete")
	SummaryAthlete athlete(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String auth) {
		OAuthTokens.Grant grant = this.tokens.authenticate(BearerToken.from(auth));
		return this.properties.findAthlete(grant.athleteId())
			.map(SummaryAthlete::of)
			.orElseThrow(() -> new StravaFaultException(HttpStatus.NOT_FOUND, Fault.notFound("Athlete")));
	}

	@GetMapping("/strava/api/v3/athlete/activities")
	List<SummaryActivity> activities(
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String auth,
			@RequestParam(required = false) @Nullable Long before, @RequestParam(required = false) @Nullable Long after,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "" + DEFAULT_PER_PAGE) int perPage) {
		OAuthTokens.Grant grant = readGrant(auth);
		ActivityStore.Query query = new ActivityStore.Query(instant(after), instant(before), Math.max(page, 1),
				(perPage < 1) ? DEFAULT_PER_PAGE : Math.min(perPage, MAX_PER_PAGE),
				Scopes.canReadPrivateActivities(grant.scopes()));
		return this.store.list(grant.athleteId(), query).stream().map(ActivityViews::summary).toList();
	}

	@GetMapping("/strava/api/v3/activities/{id}")
	DetailedActivity activity(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String auth,
			@PathVariable long id) {
		OAuthTokens.Grant grant = readGrant(auth);
		return this.store.find(id)
			.filter((activity) -> activity.athleteId() == grant.athleteId())
			.filter((activity) -> !activity.onlyMe() || Scopes.canReadPrivateActivities(grant.scopes()))
			.map(ActivityViews::detailed)
			.orElseThrow(() -> new StravaFaultException(HttpStatus.NOT_FOUND, Fault.notFound("Activity")));
	}

	private OAuthTokens.Grant readGrant(@Nullable String authorization) {
		OAuthTokens.Grant grant = this.tokens.authenticate(BearerToken.from(authorization));
		if (!Scopes.canReadActivities(grant.scopes())) {
			throw new StravaFaultException(HttpStatus.UNAUTHORIZED, Fault.missingPermission(Scopes.ACTIVITY_READ));
		}
		return grant;
	}

	private static @Nullable Instant instant(@Nullable Long epochSeconds) {
		return (epochSeconds != null) ? Instant.ofEpochSecond(epochSeconds) : null;
	}

}
