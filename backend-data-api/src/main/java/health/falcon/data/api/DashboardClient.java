package health.falcon.data.api;

import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * backend-data's dashboard as an HTTP interface, called like {@link MetricsClient} in the
 * {@code backend-data} HTTP service group with the signed-in user's token.
 */
@HttpExchange
public interface DashboardClient {

	/**
	 * Return the signed-in user's dashboard: today and the last 7 and 30 days in the
	 * user's zone, and the freshness of every connected source.
	 * @return the dashboard, never {@code null}; a section without data is {@code null}
	 * or empty
	 */
	@GetExchange("/dashboard")
	Dashboard dashboard();

}
