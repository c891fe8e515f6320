package health.falcon.data.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of the user's nutrition days, newest first.
 *
 * @param items at most {@code limit} days
 * @param nextCursor the cursor of the next page, {@code null} at the end
 */
public record NutritionDayPage(List<NutritionDay> items, @Nullable String nextCursor) {

}
