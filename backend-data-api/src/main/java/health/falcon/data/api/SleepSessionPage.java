package health.falcon.data.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of the user's sleep sessions, newest first.
 *
 * @param items at most {@code limit} sessions
 * @param nextCursor the cursor of the next page, {@code null} at the end
 */
public record SleepSessionPage(List<SleepSession> items, @Nullable String nextCursor) {

}
