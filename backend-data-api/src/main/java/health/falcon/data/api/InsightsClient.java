package health.falcon.data.api;

import java.util.Map;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * backend-data's insights as an HTTP interface, called like {@link MetricsClient} in the
 * {@code backend-data} HTTP service group with the signed-in user's token.
 */
@HttpExchange
public interface InsightsClient {

	/**
	 * Return every insight of the signed-in user.
	 * @return the insights, one per kind
	 */
	@GetExchange("/insights")
	Insights insights();

	/**
	 * Return one insight; an unknown kind is a 404 {@code unknown-insight} problem.
	 * @param kind the kind, {@code blood-pressure}
	 * @return the insight
	 */
	@GetExchange("/insights/{kind}")
	Insight insight(@PathVariable String kind);

	/**
	 * Delete the signed-in user's cached insights (part of deleting an account).
	 * @return the number of documents removed per collection
	 */
	@DeleteExchange("/insights")
	Map<String, Long> forget();

}
