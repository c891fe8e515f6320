package health.falcon.data.activities;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import health.falcon.data.MongoSliceSupport;
import health.falcon.data.api.ActivityTotals;
import health.falcon.documents.activities.ActivityDocument;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ActivityRepository} against an in-process mongo-java-server, with documents in
 * the shape fitness-service writes (docs/ingest-contracts.md).
 */
@Import(ActivityRepository.class)
class ActivityRepositoryTests extends MongoSliceSupport {

	private static final LocalDate MARCH_1 = LocalDate.parse("2026-03-01");

	private static final LocalDate MARCH_31 = LocalDate.parse("2026-03-31");

	@Autowired
	private ActivityRepository repository;

	@BeforeEach
	void clean() {
		this.template.remove(new Query(), "activities");
	}

	@Test
	void readsTheUsersActivitiesNewestFirst() {
		insert(activity("demo", "1", "2026-03-02T07:00:00Z", "2026-03-02", 5000.0, 1500, 300.0));
		insert(activity("demo", "2", "2026-03-20T07:00:00Z", "2026-03-20", 10000.0, 3000, 600.0));
		insert(activity("demo", "3", "2026-03-11T07:00:00Z", "2026-03-11", 20000.0, 3600, null));
		assertThat(this.repository.find("demo", MARCH_1, MARCH_31, null, null, 50)).extracting(ActivityDocument::id)
			.containsExactly("demo:strava:2", "demo:strava:3", "demo:strava:1");
	}

	@Test
	void mapsTheStoredShape() {
		insert(activity("demo", "1", "2026-03-10T05:30:00Z", "2026-03-10", 10012.5, 3000, 712.0));
		ActivityDocument found = this.repository.find("demo", MARCH_1, MARCH_31, null, null, 50).get(0);
		assertThat(found)
			.isEqualTo(new ActivityDocument("demo:strava:1", "demo", "Activity 1", "RUN", "TrailRun",
					new ActivityDocument.Time(Instant.parse("2026-03-10T05:30:00Z"), "+01:00", "Europe/Paris",
							"2026-03-10", false),
					3300L, 3000L, 10012.5, 240.0, 3.34, 5.1, 148.2, 176.0, 712.0, null, false));
	}

	@Test
	void excludesDeletedActivities() {
		insert(activity("demo", "1", "2026-03-02T07:00:00Z", "2026-03-02", 5000.0, 1500, 300.0));
		insert(activity("demo", "2", "2026-03-03T07:00:00Z", "2026-03-03", 8000.0, 2000, 400.0).append("deleted", true)
			.append("deletedAt", new Date()));
		assertThat(this.repository.find("demo", MARCH_1, MARCH_31, null, null, 50)).extracting(ActivityDocument::id)
			.containsExactly("demo:strava:1");
		assertThat(this.repository.totals("demo", MARCH_1, MARCH_31, null).count()).isOne();
	}

	@Test
	void filtersByLocalDateInclusively() {
		// 23:30 UTC on 28 February was already 1 March in Paris: the local date decides.
		insert(activity("demo", "1", "2026-02-28T23:30:00Z", "2026-03-01", 1000.0, 100, 10.0));
		insert(activity("demo", "2", "2026-03-31T12:00:00Z", "2026-03-31", 2000.0, 200, 20.0));
		insert(activity("demo", "3", "2026-02-28T12:00:00Z", "2026-02-28", 4000.0, 400, 40.0));
		insert(activity("demo", "4", "2026-04-01T00:30:00Z", "2026-04-01", 8000.0, 800, 80.0));
		assertThat(this.repository.find("demo", MARCH_1, MARCH_31, null, null, 50)).extracting(ActivityDocument::id)
			.containsExactlyInAnyOrder("demo:strava:1", "demo:strava:2");
	}

	@Test
	void readsOneMoreThanThePageButTotalsTheWholeRange() {
		insert(activity("demo", "1", "2026-03-02T07:00:00Z", "2026-03-02", 5000.0, 1500, 300.0));
		insert(activity("demo", "2", "2026-03-20T07:00:00Z", "2026-03-20", 10000.0, 3000, 600.0));
		insert(activity("demo", "3", "2026-03-11T07:00:00Z", "2026-03-11", 20000.0, 3600, null));
		assertThat(this.repository.find("demo", MARCH_1, MARCH_31, null, null, 1)).extracting(ActivityDocument::id)
			.containsExactly("demo:strava:2", "demo:strava:3");
		assertThat(this.repository.totals("demo", MARCH_1, MARCH_31, null))
			.isEqualTo(new ActivityTotals(3, 35000.0, 8100, 900.0, 2));
	}

	@Test
	void totalsUnknownEnergyAsNullNotZero() {
		insert(activity("demo", "1", "2026-03-02T07:00:00Z", "2026-03-02", 5000.0, 1500, null));
		insert(activity("demo", "2", "2026-03-20T07:00:00Z", "2026-03-20", 10000.0, 3000, null));
		assertThat(this.repository.totals("demo", MARCH_1, MARCH_31, null))
			.isEqualTo(new ActivityTotals(2, 15000.0, 4500, null, 0));
		assertThat(this.repository.find("demo", MARCH_1, MARCH_31, null, null, 50))
			.extracting(ActivityDocument::energyKcal)
			.containsOnlyNulls();
	}

	@Test
	void readsActivitiesStoredAsTheSharedDocumentRecord() {
		ActivityDocument stored = new ActivityDocument("demo:strava:9", "demo", "Ride", "RIDE", "Ride",
				new ActivityDocument.Time(Instant.parse("2026-03-05T09:00:00Z"), "+01:00", "Europe/Berlin",
						"2026-03-05", false),
				3600L, 3500L, 30000.0, 120.0, 8.5, 12.0, null, null, null, 850.0, false);
		this.template.insert(stored);
		assertThat(this.repository.find("demo", MARCH_1, MARCH_31, null, null, 50)).containsExactly(stored);
		assertThat(this.repository.totals("demo", MARCH_1, MARCH_31, null))
			.isEqualTo(new ActivityTotals(1, 30000.0, 3500, null, 0));
	}

	@Test
	void totalsNothingAsZero() {
		assertThat(this.repository.totals("demo", MARCH_1, MARCH_31, null)).isEqualTo(ActivityTotals.NONE);
	}

	@Test
	void keepsUsersApart() {
		insert(activity("demo", "1", "2026-03-02T07:00:00Z", "2026-03-02", 5000.0, 1500, 300.0));
		assertThat(this.repository.find("alex", MARCH_1, MARCH_31, null, null, 50)).isEmpty();
		assertThat(this.repository.totals("alex", MARCH_1, MARCH_31, null)).isEqualTo(ActivityTotals.NONE);
	}

	private void insert(Document activity) {
		this.template.insert(activity, "activities");
	}

	private static Document activity(String userId, String sourceId, String start, String localDate,
			double distanceMeters, int movingSeconds, @Nullable Double energyKcal) {
		Document document = new Document("_id", userId + ":strava:" + sourceId).append("userId", userId)
			.append("source",
					new Document("provider", "strava").append("sourceId", sourceId)
						.append("ingestRunId", "run-1")
						.append("receivedAt", new Date()))
			.append("name", "Activity " + sourceId)
			.append("sportType", "RUN")
			.append("sportTypeRaw", "TrailRun")
			.append("time",
					new Document("instant", Date.from(Instant.parse(start))).append("offset", "+01:00")
						.append("zoneId", "Europe/Paris")
						.append("localDate", localDate)
						.append("zoneAssumed", false))
			.append("elapsedSeconds", 3300)
			.append("movingSeconds", movingSeconds)
			.append("distanceMeters", distanceMeters)
			.append("elevationGainMeters", 240.0)
			.append("averageSpeedMps", 3.34)
			.append("maxSpeedMps", 5.1)
			.append("averageHeartRateBpm", 148.2)
			.append("maxHeartRateBpm", 176.0)
			.append("kilojoules", null)
			.append("deleted", false)
			.append("updatedAt", new Date());
		if (energyKcal != null) {
			document.append("energyKcal", energyKcal);
		}
		return document;
	}

}
