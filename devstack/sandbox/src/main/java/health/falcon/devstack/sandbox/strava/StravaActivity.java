package health.falcon.devstack.sandbox.strava;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * One activity as the emulator stores it; {@link ActivityViews} turns it into Strava's
 * SummaryActivity and DetailedActivity. Units are Strava's: metres, seconds, m/s, bpm,
 * kcal and kJ.
 *
 * @param athleteId owner
 * @param name title
 * @param sportType Strava {@code sport_type}, e.g. {@code TrailRun}
 * @param zone time zone of the start
 * @param metrics distances, durations and physiology
 * @param start start coordinates, or {@code null} for indoor activities
 * @param onlyMe whether the activity is private ("Only Me")
 * @param deviceName recording device
 */
record StravaActivity(long id, long athleteId, String name, String sportType, Instant startDate, ZoneId zone,
		Metrics metrics, @Nullable LatLng start, boolean onlyMe, String deviceName) {

	ZoneOffset offset() {
		return this.zone.getRules().getOffset(this.startDate);
	}

	/**
	 * Returns Strava's legacy {@code type} for the {@code sport_type}.
	 */
	String type() {
		return switch (this.sportType) {
			case "TrailRun", "VirtualRun" -> "Run";
			case "GravelRide", "MountainBikeRide", "VirtualRide", "EBikeRide" -> "Ride";
			default -> this.sportType;
		};
	}

	boolean indoor() {
		return this.start == null;
	}

	StravaActivity withName(String name) {
		return new StravaActivity(this.id, this.athleteId, name, this.sportType, this.startDate, this.zone,
				this.metrics, this.start, this.onlyMe, this.deviceName);
	}

	StravaActivity withSportType(String sportType) {
		return new StravaActivity(this.id, this.athleteId, this.name, sportType, this.startDate, this.zone,
				this.metrics, this.start, this.onlyMe, this.deviceName);
	}

	StravaActivity withOnlyMe(boolean onlyMe) {
		return new StravaActivity(this.id, this.athleteId, this.name, this.sportType, this.startDate, this.zone,
				this.metrics, this.start, onlyMe, this.deviceName);
	}

	/**
	 * Measured values.
	 *
	 * @param distance metres
	 * @param movingTime seconds
	 * @param elapsedTime seconds
	 * @param elevationGain metres
	 * @param elevLow lowest elevation, metres
	 * @param averageSpeed m/s
	 * @param maxSpeed m/s
	 * @param averageHeartrate bpm
	 * @param maxHeartrate bpm
	 * @param averageWatts watts, rides only
	 * @param kilojoules work in kJ, rides only
	 * @param calories kcal
	 */
	record Metrics(double distance, int movingTime, int elapsedTime, double elevationGain, double elevLow,
			double averageSpeed, double maxSpeed, double averageHeartrate, double maxHeartrate,
			@Nullable Double averageWatts, @Nullable Double kilojoules, double calories) {

	}

	/**
	 * A coordinate pair.
	 *
	 * @param lat latitude, degrees
	 * @param lng longitude, degrees
	 */
	record LatLng(double lat, double lng) {

	}

}
