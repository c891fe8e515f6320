package health.falcon.fitness.strava;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The part of Strava API v3 the connector uses. Bodies are returned as received so that
 * pages can be archived verbatim and one malformed activity can be quarantined without
 * losing the rest of its page.
 */
@HttpExchange(accept = MediaType.APPLICATION_JSON_VALUE)
interface StravaApi {

	/**
	 * The athlete's activities, oldest first when {@code after} is given, else newest
	 * first.
	 * @param after epoch seconds; only activities that started later, or {@code null} for
	 * no lower bound (a newest-first backfill page)
	 * @param before epoch seconds, or {@code null} for no upper bound
	 * @param page 1-based page number
	 * @param perPage page size, at most 200
	 * @return a JSON array of SummaryActivity, empty past the last page
	 */
	@GetExchange("/athlete/activities")
	String activities(@RequestParam(required = false) @Nullable Long after,
			@RequestParam(required = false) @Nullable Long before, @RequestParam int page,
			@RequestParam("per_page") int perPage);

	/**
	 * One activity with its details (calories).
	 * @param id the activity id
	 * @return a DetailedActivity as JSON
	 */
	@GetExchange("/activities/{id}")
	String activity(@PathVariable long id);

	/**
	 * Revoke the application's access for the athlete; every token stops working.
	 * @param deauthorizeUri the OAuth host's {@code /oauth/deauthorize}, which is not
	 * below the API base URL
	 */
	@PostExchange
	void deauthorize(URI deauthorizeUri);

}
