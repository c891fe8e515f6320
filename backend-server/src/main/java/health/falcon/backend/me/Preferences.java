package health.falcon.backend.me;

import java.time.ZoneId;

import health.falcon.model.UnitSystem;
import org.jspecify.annotations.Nullable;

/**
 * A user's display preferences as the application uses them.
 *
 * @param timeZone the user's zone, {@code null} until chosen
 * @param units the preferred unit system
 * @param heartRate the heart-rate settings of the training load, {@link HeartRate#NONE}
 * until set
 */
record Preferences(@Nullable ZoneId timeZone, UnitSystem units, HeartRate heartRate) {

	static final Preferences DEFAULTS = new Preferences(null, UnitSystem.METRIC, HeartRate.NONE);

}
