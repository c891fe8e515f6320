package health.falcon.data.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of the user's body measurements, newest first.
 *
 * @param items at most {@code limit} measurements
 * @param nextCursor the cursor of the next page, {@code null} at the end
 */
public record BodyMeasurementPage(List<BodyMeasurement> items, @Nullable String nextCursor) {

}
