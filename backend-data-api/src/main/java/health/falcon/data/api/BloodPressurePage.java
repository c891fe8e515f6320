package health.falcon.data.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of the user's blood-pressure readings, newest first.
 *
 * @param items at most {@code limit} readings
 * @param nextCursor the cursor of the next page, {@code null} at the end
 */
public record BloodPressurePage(List<BloodPressureReading> items, @Nullable String nextCursor) {

}
