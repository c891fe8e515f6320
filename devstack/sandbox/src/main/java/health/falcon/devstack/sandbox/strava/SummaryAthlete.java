package health.falcon.devstack.sandbox.strava;

import tools.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Strava's SummaryAthlete, as returned by {@code GET /athlete} without
 * {@code profile:read_all}.
 *
 * @param resourceState 2 (summary)
 * @param premium whether the athlete subscribes
 * @param summit the same (legacy name)
 * @param profileMedium avatar URL (Strava's placeholder)
 * @param profile large avatar URL (Strava's placeholder)
 */
@JsonNaming(SnakeCaseStrategy.class)
record SummaryAthlete(long id, int resourceState, String firstname, String lastname, String city, String country,
		boolean premium, boolean summit, String profileMedium, String profile) {

	static SummaryAthlete of(StravaProperties.Athlete athlete) {
		return new SummaryAthlete(athlete.id(), 2, athlete.firstname(), athlete.lastname(), athlete.city(),
				athlete.country(), false, false, "avatar/athlete/medium.png", "avatar/athlete/large.png");
	}

}
