package health.falcon.data.api;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * backend-data's nutrition days as an HTTP interface, called like {@link SleepClient}.
 */
@HttpExchange
public interface NutritionClient {

	/**
	 * Return a page of the user's nutrition days, newest first.
	 * @param from the first local date ({@code YYYY-MM-DD}, inclusive), or {@code null}
	 * @param to the last local date ({@code YYYY-MM-DD}, inclusive), or {@code null}
	 * @param limit the page size (1 to 500, default 50), or {@code null}
	 * @param cursor the previous page's {@code nextCursor}, or {@code null}
	 * @return the page, never {@code null}
	 */
	@GetExchange("/nutrition/days")
	NutritionDayPage days(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor);

	/**
	 * Return one of the user's days with both channels; a date that is not
	 * {@code YYYY-MM-DD} is a 400 {@code validation} problem, a day without data a 404
	 * {@code not-found} problem.
	 * @param date the local date, {@code YYYY-MM-DD}
	 * @return the day, never {@code null}
	 */
	@GetExchange("/nutrition/days/{date}")
	NutritionDayDetail day(@PathVariable String date);

}
