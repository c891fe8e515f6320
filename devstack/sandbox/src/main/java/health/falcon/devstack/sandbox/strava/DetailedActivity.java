package health.falcon.devstack.sandbox.strava;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import tools.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Strava's DetailedActivity as returned by {@code GET /activities/{id}}: the summary
 * fields plus those that only exist here, notably {@code calories}.
 *
 * @param summary the SummaryActivity fields (with {@code resource_state} 3)
 * @param calories kcal
 * @param deviceName recording device
 * @param embedToken token for embedding
 * @param photos photo summary
 * @param segmentEfforts segment efforts (none)
 * @param splitsMetric kilometre splits (none)
 * @param laps laps (none)
 */
@JsonNaming(SnakeCaseStrategy.class)
record DetailedActivity(@JsonUnwrapped SummaryActivity summary, String description, double calories, String deviceName,
		String embedToken, Map<String, Object> photos, List<Object> segmentEfforts, List<Object> splitsMetric,
		List<Object> laps) {

}
