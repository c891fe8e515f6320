package health.falcon.devstack.sandbox.strava;

import java.util.ArrayList;
import java.util.List;

/**
 * Google's encoded polyline format, as used in Strava's {@code map.summary_polyline}, for
 * a small synthetic loop around the start.
 */
final class Polyline {

	private Polyline() {
	}

	/**
	 * Returns an encoded closed loop starting and ending at {@code start}.
	 * @param start the start point
	 * @param distance the activity distance in metres, which sizes the loop
	 * @return the encoded polyline
	 */
	static String loop(StravaActivity.LatLng start, double distance) {
		double radius = Math.min(distance / (2 * Math.PI), 20_000) / 111_000;
		List<StravaActivity.LatLng> points = new ArrayList<>();
		for (int i = 0; i <= 8; i++) {
			double angle = Math.PI * 2 * i / 8;
			points.add(new StravaActivity.LatLng(start.lat() + radius * (1 - Math.cos(angle)),
					start.lng() + radius * Math.sin(angle) / Math.cos(Math.toRadians(start.lat()))));
		}
		return encode(points);
	}

	static String encode(List<StravaActivity.LatLng> points) {
		StringBuilder encoded = new StringBuilder();
		long lastLat = 0;
		long lastLng = 0;
		for (StravaActivity.LatLng point : points) {
			long lat = Math.round(point.lat() * 1e5);
			long lng = Math.round(point.lng() * 1e5);
			appendValue(encoded, lat - lastLat);
			appendValue(encoded, lng - lastLng);
			lastLat = lat;
			lastLng = lng;
		}
		return encoded.toString();
	}

	private static void appendValue(StringBuilder encoded, long delta) {
		long value = (delta < 0) ? ~(delta << 1) : (delta << 1);
		while (value >= 0x20) {
			encoded.append((char) ((0x20 | (value & 0x1f)) + 63));
			value >>= 5;
		}
		encoded.append((char) (value + 63));
	}

}
