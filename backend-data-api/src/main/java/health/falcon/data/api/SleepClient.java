package health.falcon.data.api;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * backend-data's sleep sessions as an HTTP interface, called like
 * {@link ActivitiesClient} in the {@code backend-data} HTTP service group with the
 * signed-in user's token. The list parameters ({@code from}, {@code to}, {@code limit},
 * {@code cursor}) travel as the browser sent them, so that backend-data alone validates
 * them.
 */
@HttpExchange
public interface SleepClient {

	/**
	 * Return a page of the user's sleep sessions, newest first.
	 * @param from the first date of sleep ({@code YYYY-MM-DD}, inclusive), or
	 * {@code null}
	 * @param to the last date of sleep ({@code YYYY-MM-DD}, inclusive), or {@code null}
	 * @param limit the page size (1 to 500, default 50), or {@code null}
	 * @param cursor the previous page's {@code nextCursor}, or {@code null}
	 * @return the page, never {@code null}
	 */
	@GetExchange("/sleep/sessions")
	SleepSessionPage sessions(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor);

	/**
	 * Return one of the user's sleep sessions with its stage timeline; another user's id
	 * is a 404 {@code not-found} problem.
	 * @param id the session's id from the list
	 * @return the session, never {@code null}
	 */
	@GetExchange("/sleep/sessions/{id}")
	SleepSessionDetail session(@PathVariable String id);

}
