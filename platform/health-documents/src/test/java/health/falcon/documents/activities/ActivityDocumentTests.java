package health.falcon.documents.activities;

import java.time.Instant;
import java.util.Date;

import health.falcon.documents.DocumentConverter;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityDocumentTests {

	private static final Instant START = Instant.parse("2026-03-10T05:30:00Z");

	private final DocumentConverter converter = new DocumentConverter();

	@Test
	void readsADocumentAsTheWriterStoresIt() {
		Document stored = new Document("_id", "demo:strava:1").append("userId", "demo")
			.append("name", "Morning trail")
			.append("sportType", "RUN")
			.append("sportTypeRaw", "TrailRun")
			.append("time",
					new Document("instant", Date.from(START)).append("offset", "+01:00")
						.append("zoneId", "Europe/Paris")
						.append("localDate", "2026-03-10")
						.append("zoneAssumed", false))
			.append("elapsedSeconds", 3600L)
			.append("movingSeconds", 3300L)
			.append("distanceMeters", 10_000.0)
			.append("elevationGainMeters", 250.0)
			.append("averageSpeedMps", 3.03)
			.append("maxSpeedMps", 5.1)
			.append("averageHeartRateBpm", 150.0)
			.append("maxHeartRateBpm", 180.0)
			.append("kilojoules", null)
			.append("source", new Document("provider", "strava").append("sourceId", "1"))
			.append("contentHash", "abc")
			.append("updatedAt", Date.from(START))
			.append("deleted", false)
			.append("deletedAt", null)
			.append("energyKcal", 700.0);
		assertThat(this.converter.read(ActivityDocument.class, stored)).isEqualTo(activity());
	}

	@Test
	void roundTripsThroughABsonDocument() {
		Document written = this.converter.write(activity());
		assertThat(written.getString(ActivitiesCollection.ID)).isEqualTo("demo:strava:1");
		assertThat(written.get(ActivitiesCollection.TIME, Document.class).get("instant")).isEqualTo(Date.from(START));
		assertThat(written).containsKeys(ActivitiesCollection.USER_ID, ActivitiesCollection.SPORT_TYPE_RAW,
				ActivitiesCollection.ELEVATION_GAIN_METERS, ActivitiesCollection.ENERGY_KCAL,
				ActivitiesCollection.DELETED);
		assertThat(this.converter.read(ActivityDocument.class, written)).isEqualTo(activity());
	}

	@Test
	void readsAnActivityWithoutOptionalMembers() {
		Document stored = new Document("_id", "demo:strava:2").append("userId", "demo")
			.append("time", new Document("instant", Date.from(START)).append("localDate", "2026-03-10"));
		ActivityDocument activity = this.converter.read(ActivityDocument.class, stored);
		assertThat(activity.time().zoneId()).isNull();
		assertThat(activity.energyKcal()).isNull();
		assertThat(activity.deleted()).isNull();
	}

	private static ActivityDocument activity() {
		return new ActivityDocument("demo:strava:1", "demo", "Morning trail", "RUN", "TrailRun",
				new ActivityDocument.Time(START, "+01:00", "Europe/Paris", "2026-03-10", false), 3600L, 3300L, 10_000.0,
				250.0, 3.03, 5.1, 150.0, 180.0, 700.0, null, false);
	}

}
