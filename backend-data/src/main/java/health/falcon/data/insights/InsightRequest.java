package health.falcon.data.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Who and when an insight is computed for.
 *
 * @param userId the signed-in user, the scope of every query
 * @param zone the user's profile zone (UTC when unset)
 * @param imperial whether the user asked for imperial units
 * @param today the user's local date at {@code now}
 * @param now the instant of the computation
 */
public record InsightRequest(String userId, ZoneId zone, boolean imperial, LocalDate today, Instant now) {

}
