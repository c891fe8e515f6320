package health.falcon.data.api;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * backend-data's HRV recordings as an HTTP interface, called like {@link SleepClient}.
 */
@HttpExchange
public interface HrvClient {

	/**
	 * Return a page of the user's recordings, newest first, without RR series.
	 * @param from the first local date of the start ({@code YYYY-MM-DD}, inclusive), or
	 * {@code null}
	 * @param to the last local date of the start ({@code YYYY-MM-DD}, inclusive), or
	 * {@code null}
	 * @param limit the page size (1 to 500, default 50), or {@code null}
	 * @param cursor the previous page's {@code nextCursor}, or {@code null}
	 * @return the page, never {@code null}
	 */
	@GetExchange("/hrv/recordings")
	HrvRecordingPage recordings(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor);

	/**
	 * Return one of the user's recordings with its RR series; another user's id is a 404
	 * {@code not-found} problem.
	 * @param id the recording's id from the list
	 * @return the recording, never {@code null}
	 */
	@GetExchange("/hrv/recordings/{id}")
	HrvRecordingDetail recording(@PathVariable String id);

}
