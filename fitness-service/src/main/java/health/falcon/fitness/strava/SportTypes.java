package health.falcon.fitness.strava;

import java.util.Map;

import health.falcon.fitness.activity.SportType;
import org.jspecify.annotations.Nullable;

/**
 * Strava's {@code sport_type} (or legacy {@code type}) values to Falcon's normalized
 * {@link SportType}; values not listed are {@link SportType#OTHER}.
 */
final class SportTypes {

	private static final Map<String, SportType> TYPES = Map.ofEntries(Map.entry("Run", SportType.RUN),
			Map.entry("TrailRun", SportType.RUN), Map.entry("VirtualRun", SportType.RUN),
			Map.entry("Ride", SportType.RIDE), Map.entry("MountainBikeRide", SportType.RIDE),
			Map.entry("GravelRide", SportType.RIDE), Map.entry("EBikeRide", SportType.RIDE),
			Map.entry("EMountainBikeRide", SportType.RIDE), Map.entry("VirtualRide", SportType.RIDE),
			Map.entry("Walk", SportType.WALK), Map.entry("Hike", SportType.HIKE), Map.entry("Swim", SportType.SWIM),
			Map.entry("WeightTraining", SportType.WORKOUT), Map.entry("Workout", SportType.WORKOUT),
			Map.entry("Crossfit", SportType.WORKOUT), Map.entry("Yoga", SportType.YOGA));

	private SportTypes() {
	}

	static SportType normalize(@Nullable String raw) {
		return (raw != null) ? TYPES.getOrDefault(raw, SportType.OTHER) : SportType.OTHER;
	}

}
