package health.falcon.devstack.sandbox.strava;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Strava's SummaryActivity with its real field names, as returned by
 * {@code GET /athlete/activities}. {@code start_date_local} carries a trailing {@code Z}
 * although it is local wall time, exactly like Strava.
 *
 * @param resourceState 2 (summary) or 3 (inside a DetailedActivity)
 * @param athlete the owner (meta representation)
 * @param name title
 * @param distance metres
 * @param movingTime seconds
 * @param elapsedTime seconds
 * @param totalElevationGain metres
 * @param type legacy activity type
 * @param workoutType workout type, {@code null} when unset
 * @param externalId uploaded file name
 * @param startDate start in UTC, {@code yyyy-MM-ddTHH:mm:ssZ}
 * @param startDateLocal local wall time of the start, also with a {@code Z}
 * @param timezone e.g. {@code (GMT+01:00) Europe/Berlin} (the zone's standard offset)
 * @param utcOffset offset in seconds at the start, daylight saving included
 * @param locationCity always {@code null}, as Strava returns today
 * @param locationState always {@code null}
 * @param locationCountry country name
 * @param athleteCount athletes in the group
 * @param photoCount Instagram photos
 * @param totalPhotoCount all photos
 * @param map the route map
 * @param trainer indoor trainer
 * @param manual entered by hand
 * @param onlyMe "Only Me" privacy
 * @param visibility {@code everyone} or {@code only_me}
 * @param gearId gear id, {@code null}
 * @param startLatlng start {@code [lat, lng]}, empty indoors
 * @param endLatlng end {@code [lat, lng]}, empty indoors
 * @param averageSpeed m/s
 * @param maxSpeed m/s
 * @param averageWatts watts, rides only
 * @param kilojoules kJ, rides only
 * @param deviceWatts power meter, rides only
 * @param hasHeartrate whether heart rate was recorded
 * @param averageHeartrate bpm
 * @param maxHeartrate bpm
 * @param heartrateOptOut heart rate hidden
 * @param elevHigh metres
 * @param elevLow metres
 * @param prCount personal records
 * @param hasKudoed whether the caller gave kudos
 * @param hideFromHome muted
 */
@JsonNaming(SnakeCaseStrategy.class)
record SummaryActivity(int resourceState, MetaAthlete athlete, String name, double distance, int movingTime,
		int elapsedTime, double totalElevationGain, String type, String sportType, @Nullable Integer workoutType,
		long id, String externalId, long uploadId, String uploadIdStr, String startDate, String startDateLocal,
		String timezone, double utcOffset, @Nullable String locationCity, @Nullable String locationState,
		String locationCountry, int achievementCount, int kudosCount, int commentCount, int athleteCount,
		int photoCount, int totalPhotoCount, ActivityMap map, boolean trainer, boolean commute, boolean manual,
		@JsonProperty("private") boolean onlyMe, String visibility, boolean flagged, @Nullable String gearId,
		List<Double> startLatlng, List<Double> endLatlng, double averageSpeed, double maxSpeed,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Double averageWatts,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Double kilojoules,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean deviceWatts, boolean hasHeartrate,
		double averageHeartrate, double maxHeartrate, boolean heartrateOptOut, double elevHigh, double elevLow,
		int prCount, boolean hasKudoed, boolean hideFromHome) {

	/**
	 * The athlete inside an activity.
	 *
	 * @param resourceState 1 (meta)
	 */
	@JsonNaming(SnakeCaseStrategy.class)
	record MetaAthlete(long id, int resourceState) {

	}

	/**
	 * The route map; {@code polyline} only in a DetailedActivity.
	 *
	 * @param polyline full polyline, or {@code null} in a summary
	 * @param summaryPolyline summary polyline, empty indoors
	 * @param resourceState 2 or 3
	 */
	@JsonNaming(SnakeCaseStrategy.class)
	record ActivityMap(String id, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String polyline,
			String summaryPolyline, int resourceState) {

	}

}
