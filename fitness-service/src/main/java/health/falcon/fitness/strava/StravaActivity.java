package health.falcon.fitness.strava;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The fields of Strava's SummaryActivity and DetailedActivity that Falcon keeps, as
 * received (Strava's names and units). Every field may be missing; {@link ActivityMapper}
 * decides what is required.
 *
 * @param id the activity id
 * @param name the title
 * @param type the legacy activity type, used when {@code sport_type} is absent
 * @param sportType the sport type, for example {@code TrailRun}
 * @param startDate the start, UTC, ISO-8601 with {@code Z}
 * @param startDateLocal the local wall-clock start, formatted with a {@code Z} that does
 * <em>not</em> mean UTC
 * @param timezone for example {@code (GMT-08:00) America/Los_Angeles}
 * @param utcOffset the offset in seconds
 * @param distance m
 * @param movingTime time in motion, in seconds
 * @param elapsedTime time from start to finish, in seconds
 * @param totalElevationGain m
 * @param averageSpeed m/s
 * @param maxSpeed m/s
 * @param averageHeartrate bpm
 * @param maxHeartrate bpm
 * @param kilojoules kJ (rides)
 * @param calories kcal (DetailedActivity only)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record StravaActivity(@Nullable Long id, @Nullable String name, @Nullable String type,
		@JsonProperty("sport_type") @Nullable String sportType, @JsonProperty("start_date") @Nullable String startDate,
		@JsonProperty("start_date_local") @Nullable String startDateLocal, @Nullable String timezone,
		@JsonProperty("utc_offset") @Nullable Double utcOffset, @Nullable Double distance,
		@JsonProperty("moving_time") @Nullable Long movingTime,
		@JsonProperty("elapsed_time") @Nullable Long elapsedTime,
		@JsonProperty("total_elevation_gain") @Nullable Double totalElevationGain,
		@JsonProperty("average_speed") @Nullable Double averageSpeed,
		@JsonProperty("max_speed") @Nullable Double maxSpeed,
		@JsonProperty("average_heartrate") @Nullable Double averageHeartrate,
		@JsonProperty("max_heartrate") @Nullable Double maxHeartrate, @Nullable Double kilojoules,
		@Nullable Double calories) {

}
