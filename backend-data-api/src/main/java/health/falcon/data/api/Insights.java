package health.falcon.data.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every insight of the signed-in user, computed for the user's today.
 *
 * @param zone the zone local dates are in (the user's profile zone, UTC when unset)
 * @param today the user's local date the insights were computed for
 * @param computedAt when they were computed; answers come from a per-user cache until new
 * data arrives, the settings change or the day changes
 * @param insights one per kind, in a fixed order
 */
public record Insights(String zone, LocalDate today, Instant computedAt, List<Insight> insights) {

}
