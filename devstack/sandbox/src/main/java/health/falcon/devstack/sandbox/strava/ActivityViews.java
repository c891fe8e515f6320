package health.falcon.devstack.sandbox.strava;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps stored activities to Strava's JSON representations.
 */
final class ActivityViews {

	private static final DateTimeFormatter WITH_Z = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

	private ActivityViews() {
	}

	static SummaryActivity summary(StravaActivity activity) {
		return summary(activity, false);
	}

	static DetailedActivity detailed(StravaActivity activity) {
		Map<String, Object> photos = new HashMap<>();
		photos.put("primary", null);
		photos.put("count", 0);
		String description = activity.indoor() ? "" : "Synthetic activity from the devstack sandbox.";
		return new DetailedActivity(summary(activity, true), description, activity.metrics().calories(),
				activity.deviceName(), Long.toHexString(activity.id() * 31 + activity.athleteId()), photos, List.of(),
				List.of(), List.of());
	}

	/**
	 * Formats a zone like Strava: {@code (GMT+01:00) Europe/Berlin}, with the zone's
	 * standard offset whatever the date.
	 * @return the label
	 */
	static String timezone(StravaActivity activity) {
		ZoneOffset standard = activity.zone().getRules().getStandardOffset(activity.startDate());
		String offset = standard.equals(ZoneOffset.UTC) ? "+00:00" : standard.getId();
		return "(GMT" + offset + ") " + activity.zone().getId();
	}

	private static SummaryActivity summary(StravaActivity activity, boolean detailed) {
		StravaActivity.Metrics m = activity.metrics();
		boolean ride = activity.type().equals("Ride");
		List<Double> start = (activity.start() != null) ? List.of(activity.start().lat(), activity.start().lng())
				: List.of();
		String polyline = (activity.start() != null) ? Polyline.loop(activity.start(), m.distance()) : "";
		int resourceState = detailed ? 3 : 2;
		SummaryActivity.ActivityMap map = new SummaryActivity.ActivityMap("a" + activity.id(),
				detailed ? polyline : null, polyline, resourceState);
		int kudos = (int) (activity.id() % 7);
		return new SummaryActivity(resourceState, new SummaryActivity.MetaAthlete(activity.athleteId(), 1),
				activity.name(), m.distance(), m.movingTime(), m.elapsedTime(), m.elevationGain(), activity.type(),
				activity.sportType(), null, activity.id(), activity.id() + ".fit", activity.id() + 1_000_000_000L,
				String.valueOf(activity.id() + 1_000_000_000L),
				WITH_Z.format(activity.startDate().atOffset(ZoneOffset.UTC)),
				WITH_Z.format(activity.startDate().atZone(activity.zone())), timezone(activity),
				activity.offset().getTotalSeconds(), null, null, country(activity), kudos % 3, kudos, 0, 1, 0, 0, map,
				activity.sportType().startsWith("Virtual"), false, false, activity.onlyMe(),
				activity.onlyMe() ? "only_me" : "everyone", false, null, start, start, m.averageSpeed(), m.maxSpeed(),
				ride ? m.averageWatts() : null, ride ? m.kilojoules() : null, ride ? Boolean.FALSE : null, true,
				m.averageHeartrate(), m.maxHeartrate(), false,
				Math.round((m.elevLow() + m.elevationGain() * 0.6) * 10) / 10.0, m.elevLow(), 0, false, false);
	}

	private static String country(StravaActivity activity) {
		return switch (activity.zone().getId()) {
			case "America/New_York" -> "United States";
			case "Asia/Tokyo" -> "Japan";
			default -> "Germany";
		};
	}

}
