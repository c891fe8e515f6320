package health.falcon.data.api;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * backend-data's blood-pressure readings as an HTTP interface, called like
 * {@link SleepClient}.
 */
@HttpExchange
public interface BloodPressureClient {

	/**
	 * Return a page of the user's readings, newest first.
	 * @param from the first local date ({@code YYYY-MM-DD}, inclusive), or {@code null}
	 * @param to the last local date ({@code YYYY-MM-DD}, inclusive), or {@code null}
	 * @param limit the page size (1 to 500, default 50), or {@code null}
	 * @param cursor the previous page's {@code nextCursor}, or {@code null}
	 * @return the page, never {@code null}
	 */
	@GetExchange("/blood-pressure/readings")
	BloodPressurePage readings(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor);

}
