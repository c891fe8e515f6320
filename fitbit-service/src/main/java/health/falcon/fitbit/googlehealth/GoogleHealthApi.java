package health.falcon.fitbit.googlehealth;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The part of the Google Health API v4 the connector uses, relative to the API base URL
 * ({@code https://health.googleapis.com}). Bodies are returned as received so that pages
 * can be archived verbatim and one unmappable data point quarantined without losing its
 * page.
 */
@HttpExchange(accept = MediaType.APPLICATION_JSON_VALUE)
interface GoogleHealthApi {

	/**
	 * The authenticated user's ids.
	 * @return {@code {name, healthUserId, legacyUserId}}
	 */
	@GetExchange("/v4/users/me/identity")
	String identity();

	/**
	 * The authenticated user's settings.
	 * @return {@code {timeZone, utcOffset, ...units}}
	 */
	@GetExchange("/v4/users/me/settings")
	String settings();

	/**
	 * One page of data points, newest first.
	 * @param dataType the kebab-case data type
	 * @param filter an AIP-160 filter on the member the type's record type requires
	 * @param pageSize points per page
	 * @param pageToken the previous page's {@code nextPageToken}, or {@code null} for the
	 * first page
	 * @return {@code {dataPoints[], nextPageToken}}
	 */
	@GetExchange("/v4/users/me/dataTypes/{dataType}/dataPoints")
	String list(@PathVariable String dataType, @RequestParam String filter, @RequestParam int pageSize,
			@RequestParam(required = false) @Nullable String pageToken);

	/**
	 * Daily rollups over a civil date range (closed-open); the response has no page
	 * token.
	 * @param dataType the kebab-case data type
	 * @param body {@code {range: {start, end}, windowSizeDays}}
	 * @return {@code {rollupDataPoints[]}}
	 */
	@PostExchange(url = "/v4/users/me/dataTypes/{dataType}/dataPoints:dailyRollUp",
			contentType = MediaType.APPLICATION_JSON_VALUE)
	String dailyRollUp(@PathVariable String dataType, @RequestBody Map<String, Object> body);

}
