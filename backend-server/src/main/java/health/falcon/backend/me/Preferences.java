package health.falcon.backend.me;

import java.time.ZoneId;

import health.falcon.model.UnitSystem;
import org.jspecify.annotations.Nullable;

/**
 * A user's display preferences as the application uses them.
 *
 * @param timeZone the user's zone, {@code null} until chosen
 * @param units the preferred unit system
 */
record Preferences(@Nullable ZoneId timeZone, UnitSystem units) {

	static final Preferences DEFAULTS = new Preferences(null, UnitSystem.METRIC);

}
