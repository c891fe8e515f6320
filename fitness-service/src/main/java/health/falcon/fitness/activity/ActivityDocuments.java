package health.falcon.fitness.activity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;

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
	 * @return the content fields in a fixed order
	 */
	static Document content(Activity activity) {
		MeasurementTime time = activity.time();
		Document timeDocument = new Document("instant", Date.from(time.instant()))
			.append("offset", time.offset().getId().equals("Z") ? "+00:00" : time.offset().getId())
			.append("zoneId", (time.zoneId() != null) ? time.zoneId().getId() : null)
			.append("localDate", time.localDate().toString())
			.append("zoneAssumed", time.zoneAssumed());
		return new Document("userId", activity.userId()).append("name", activity.name())
			.append("sportType", activity.sportType().name())
			.append("sportTypeRaw", activity.sportTypeRaw())
			.append("time", timeDocument)
			.append("elapsedSeconds", activity.elapsedSeconds())
			.append("movingSeconds", activity.movingSeconds())
			.append("distanceMeters", activity.distanceMeters())
			.append("elevationGainMeters", activity.elevationGainMeters())
			.append("averageSpeedMps", activity.averageSpeedMps())
			.append("maxSpeedMps", activity.maxSpeedMps())
			.append("averageHeartRateBpm", activity.averageHeartRateBpm())
			.append("maxHeartRateBpm", activity.maxHeartRateBpm())
			.append("kilojoules", activity.kilojoules());
	}

	static Document source(Source source) {
		return new Document("provider", source.provider()).append("sourceId", source.sourceId())
			.append("ingestRunId", source.ingestRunId())
			.append("receivedAt", Date.from(source.receivedAt()));
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
