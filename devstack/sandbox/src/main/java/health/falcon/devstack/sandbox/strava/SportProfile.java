package health.falcon.devstack.sandbox.strava;

import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * Plausible ranges for one {@code sport_type}: speed, moving time, climbing and heart
 * rate, plus the recording device. Draws the metrics of one activity from them.
 *
 * @param sportType the Strava sport type
 * @param minSpeed slowest average speed, m/s
 * @param maxSpeed fastest average speed, m/s
 * @param minMinutes shortest moving time, minutes
 * @param maxMinutes longest moving time, minutes
 * @param climbPerKm highest elevation gain per kilometre, metres
 * @param minHeartrate lowest average heart rate, bpm
 * @param maxHeartrate highest average heart rate, bpm
 * @param device recording device name
 */
record SportProfile(String sportType, double minSpeed, double maxSpeed, int minMinutes, int maxMinutes,
		double climbPerKm, int minHeartrate, int maxHeartrate, String device) {

	static SportProfile of(String sportType) {
		return switch (sportType) {
			case "Run" -> new SportProfile(sportType, 2.6, 3.6, 25, 75, 12, 138, 162, "Garmin Forerunner 265");
			case "TrailRun" -> new SportProfile(sportType, 2.2, 3.0, 40, 100, 45, 140, 160, "Garmin Forerunner 265");
			case "Ride" -> new SportProfile(sportType, 6.0, 8.3, 45, 180, 12, 122, 148, "Garmin Edge 530");
			case "GravelRide" -> new SportProfile(sportType, 5.0, 6.8, 60, 180, 15, 125, 148, "Garmin Edge 530");
			case "VirtualRide" -> new SportProfile(sportType, 7.0, 9.0, 30, 75, 10, 130, 155, "Zwift");
			case "Walk" -> new SportProfile(sportType, 1.15, 1.6, 25, 90, 6, 88, 112, "Garmin Forerunner 265");
			case "Hike" -> new SportProfile(sportType, 0.85, 1.3, 120, 300, 80, 105, 135, "Garmin Forerunner 265");
			case "Swim" -> new SportProfile(sportType, 0.55, 0.8, 30, 60, 0, 118, 142, "Garmin Forerunner 265");
			default -> new SportProfile("Workout", 0, 0, 30, 60, 0, 105, 140, "Apple Watch Series 9");
		};
	}

	boolean indoor() {
		return "VirtualRide".equals(this.sportType) || "Swim".equals(this.sportType)
				|| "Workout".equals(this.sportType);
	}

	boolean ride() {
		return this.sportType.endsWith("Ride");
	}

	/**
	 * Draws the metrics of one activity.
	 * @param random the random source (advanced by this call)
	 * @param weight athlete weight, kg
	 * @param elevationBase the ground elevation where the activity starts, metres
	 */
	StravaActivity.Metrics draw(SplittableRandom random, double weight, double elevationBase) {
		int moving = random.nextInt(this.minMinutes * 60, this.maxMinutes * 60 + 1);
		double speed = between(random, this.minSpeed, this.maxSpeed);
		double distance = round(speed * moving, 1);
		double gain = round(distance / 1000 * between(random, this.climbPerKm / 4, this.climbPerKm), 1);
		double elapsedFactor = indoor() ? between(random, 1.0, 1.04) : between(random, 1.02, 1.18);
		double averageHr = round(between(random, this.minHeartrate, this.maxHeartrate), 1);
		Double watts = ride() ? round(between(random, 120, 215), 1) : null;
		Double kilojoules = (watts != null) ? round(watts * moving / 1000, 1) : null;
		return new StravaActivity.Metrics(distance, moving, (int) Math.round(moving * elapsedFactor), gain,
				round(elevationBase + between(random, 0, 15), 1), round(speed, 3),
				round(speed * between(random, 1.25, 1.9), 3), averageHr,
				Math.round(averageHr + between(random, 12, 30)), watts, kilojoules,
				round(calories(kilojoules, distance, moving, weight), 1));
	}

	private double calories(@Nullable Double kilojoules, double distance, int moving, double weight) {
		double km = distance / 1000;
		return switch (this.sportType) {
			case "Run", "TrailRun" -> 1.0 * weight * km;
			case "Walk" -> 0.55 * weight * km;
			case "Hike" -> 0.8 * weight * km;
			case "Swim" -> 9.0 * moving / 60 * weight / 70;
			case "Workout" -> 7.0 * moving / 60;
			default -> (kilojoules != null) ? kilojoules : 0;
		};
	}

	private static double between(SplittableRandom random, double low, double high) {
		return (high > low) ? random.nextDouble(low, high) : low;
	}

	private static double round(double value, int decimals) {
		double factor = Math.pow(10, decimals);
		return Math.round(value * factor) / factor;
	}

}
