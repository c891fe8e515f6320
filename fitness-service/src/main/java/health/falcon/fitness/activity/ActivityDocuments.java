package health.falcon.fitness.activity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;

import health.falcon.documents.MeasurementTimeFields;
import health.falcon.documents.Provenance;
import health.falcon.documents.activities.ActivitiesCollection;
import health.falcon.model.MeasurementTime;
import health.falcon.model.Source;
import org.bson.Document;

/**
 * Writes an {@link Activity} as the fields of an {@code activities} document, and
 * fingerprints its content so that unchanged re-deliveries are not written again.
 */
final class ActivityDocuments {

	private ActivityDocuments() {
	}

	/**
	 * The fields that describe the activity itself: everything except provenance,
	 * timestamps, deletion and energy (which arrives separately, from the details).
	 * @param activity the activity
	 * @return the content fields in a fixed order
	 */
	static Document content(Activity activity) {
		MeasurementTime time = activity.time();
		Document timeDocument = new Document(MeasurementTimeFields.INSTANT, Date.from(time.instant()))
			.append(MeasurementTimeFields.OFFSET, time.offset().getId().equals("Z") ? "+00:00" : time.offset().getId())
			.append(MeasurementTimeFields.ZONE_ID, (time.zoneId() != null) ? time.zoneId().getId() : null)
			.append(MeasurementTimeFields.LOCAL_DATE, time.localDate().toString())
			.append(MeasurementTimeFields.ZONE_ASSUMED, time.zoneAssumed());
		return new Document(ActivitiesCollection.USER_ID, activity.userId())
			.append(ActivitiesCollection.NAME, activity.name())
			.append(ActivitiesCollection.SPORT_TYPE, activity.sportType().name())
			.append(ActivitiesCollection.SPORT_TYPE_RAW, activity.sportTypeRaw())
			.append(ActivitiesCollection.TIME, timeDocument)
			.append(ActivitiesCollection.ELAPSED_SECONDS, activity.elapsedSeconds())
			.append(ActivitiesCollection.MOVING_SECONDS, activity.movingSeconds())
			.append(ActivitiesCollection.DISTANCE_METERS, activity.distanceMeters())
			.append(ActivitiesCollection.ELEVATION_GAIN_METERS, activity.elevationGainMeters())
			.append(ActivitiesCollection.AVERAGE_SPEED_MPS, activity.averageSpeedMps())
			.append(ActivitiesCollection.MAX_SPEED_MPS, activity.maxSpeedMps())
			.append(ActivitiesCollection.AVERAGE_HEART_RATE_BPM, activity.averageHeartRateBpm())
			.append(ActivitiesCollection.MAX_HEART_RATE_BPM, activity.maxHeartRateBpm())
			.append(ActivitiesCollection.KILOJOULES, activity.kilojoules());
	}

	static Document source(Source source) {
		return Provenance.toDocument(source);
	}

	static String fingerprint(Document content) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(content.toJson().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Date date(Instant instant) {
		return Date.from(instant);
	}

}
