package health.falcon.fitbit.daily;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One local day's activity totals as a source reported them; {@code null} means "not
 * reported here" and leaves a stored value alone.
 *
 * @param distanceMeters distance in metres
 * @param activeKcal active energy burned, kcal
 * @param totalKcal total calories (active plus basal), kcal
 */
public record DailyActivity(LocalDate day, @Nullable Long steps, @Nullable Double distanceMeters,
		@Nullable Double activeKcal, @Nullable Double totalKcal) {

}
