package health.falcon.data.api;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * backend-data's activities as an HTTP interface: backend-data serves it, backend-server
 * calls it in the {@code backend-data} HTTP service group with the signed-in user's
 * token. Every answer is scoped to that token's subject; no parameter names a user.
 */
@HttpExchange
public interface ActivitiesClient {

	/** The largest {@code limit} accepted. */
	int MAX_LIMIT = 500;

	/** The {@code limit} when none is given. */
	int DEFAULT_LIMIT = 50;

	/**
	 * Return a page of the user's activities in a range of local dates, newest first,
	 * with totals over the whole range. The parameters travel as the browser sent them,
	 * so that backend-data alone validates them: a date that is not {@code YYYY-MM-DD},
	 * {@code from} after {@code to}, a limit outside 1 to {@value #MAX_LIMIT}, a sport
	 * that is not a sport name or a cursor backend-data did not hand out is a 400
	 * {@code validation} problem.
	 * @param from the first local date, inclusive, or {@code null} for 90 days before
	 * {@code to}
	 * @param to the last local date, inclusive, or {@code null} for today
	 * @param limit the maximum number of items, or {@code null} for
	 * {@value #DEFAULT_LIMIT}
	 * @param sport only activities of this normalized sport ({@code RUN}, any case), or
	 * {@code null} for all
	 * @param cursor the previous page's {@code nextCursor}, or {@code null} for the first
	 * page
	 * @return the page, never {@code null}
	 */
	@GetExchange("/activities")
	ActivityPage activities(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String sport,
			@RequestParam(required = false) @Nullable String cursor);

}
