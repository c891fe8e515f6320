package health.falcon.dropbox.store;

import java.util.Date;

import health.falcon.model.MeasurementTime;
import org.bson.Document;

/**
 * The stored shape of a {@link MeasurementTime}.
 */
final class MeasurementTimes {

	private MeasurementTimes() {
	}

	static Document document(MeasurementTime time) {
		return new Document("instant", Date.from(time.instant())).append("offset", time.offset().getId())
			.append("zoneId", (time.zoneId() != null) ? time.zoneId().getId() : null)
			.append("localDate", time.localDate().toString())
			.append("zoneAssumed", time.zoneAssumed());
	}

}
