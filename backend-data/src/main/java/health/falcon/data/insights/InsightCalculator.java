package health.falcon.data.insights;

import health.falcon.data.api.Insight;

/**
 * One kind of insight. Implementations are Spring beans in a subpackage of this one; they
 * read the stored data they need, scoped to the request's user, and never fail for lack
 * of data: they answer {@link Insight#INSUFFICIENT_DATA} and say what is missing instead.
 */
public interface InsightCalculator {

	/**
	 * Return the kind this calculator answers.
	 * @return the kind as it appears in {@code /insights/{kind}}, {@code blood-pressure}
	 */
	String kind();

	/**
	 * Return where this kind is listed among all insights; lower comes first.
	 * @return the position
	 */
	int order();

	/**
	 * Compute the insight for one user.
	 * @param request the user, the zone and the day it is computed for
	 * @return the insight, never {@code null}
	 */
	Insight compute(InsightRequest request);

}
