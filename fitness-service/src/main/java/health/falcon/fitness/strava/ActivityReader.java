package health.falcon.fitness.strava;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import health.falcon.fitness.activity.Activity;
import health.falcon.ingest.spi.SyncContext;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads Strava response bodies into activities, one record at a time: a record that
 * cannot be read or mapped is quarantined with its reason and raw JSON, and the rest go
 * on.
 */
@Component
class ActivityReader {

	private final JsonMapper json;

	ActivityReader(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Split a {@code GET /athlete/activities} body into its records.
	 * @param body the response body
	 * @return the records, empty past the last page
	 * @throws IllegalStateException when the body is not a JSON array
	 */
	List<JsonNode> records(String body) {
		JsonNode page = this.json.readTree(body);
		if (page == null || !page.isArray()) {
			throw new IllegalStateException("Strava answered the activity list with something other than an array");
		}
		List<JsonNode> records = new ArrayList<>(page.size());
		page.forEach(records::add);
		return records;
	}

	/**
	 * Read one body that is a single activity.
	 * @param body a DetailedActivity
	 * @param context the run (user, run id, clock, quarantine)
	 * @return the activity, or empty when it was quarantined
	 */
	Optional<Activity> activity(String body, SyncContext context) {
		JsonNode record;
		try {
			record = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			context.quarantine("unknown", "unreadable JSON", body);
			return Optional.empty();
		}
		return activity(record, context);
	}

	/**
	 * Map one record.
	 * @param record a SummaryActivity or DetailedActivity
	 * @param context the run (user, run id, clock, quarantine)
	 * @return the activity, or empty when it was quarantined
	 */
	Optional<Activity> activity(JsonNode record, SyncContext context) {
		try {
			StravaActivity strava = this.json.treeToValue(record, StravaActivity.class);
			return Optional
				.of(ActivityMapper.map(strava, context.userId(), context.runId(), context.clock().instant()));
		}
		catch (JacksonException ex) {
			context.quarantine(recordId(record), "unreadable activity fields", record.toString());
		}
		catch (UnmappableActivityException ex) {
			context.quarantine(recordId(record), ex.getMessage(), record.toString());
		}
		return Optional.empty();
	}

	/**
	 * Whether a record belongs to the connected athlete, as far as it says.
	 * @param body a DetailedActivity
	 * @param accountId the connection's athlete id, or {@code null} when unknown
	 * @return {@code false} only when the record names another athlete
	 */
	boolean ownedBy(String body, @Nullable String accountId) {
		if (accountId == null) {
			return true;
		}
		try {
			JsonNode athlete = this.json.readTree(body).path("athlete").path("id");
			return athlete.isMissingNode() || athlete.isNull() || accountId.equals(athlete.asString());
		}
		catch (JacksonException ex) {
			// unreadable bodies are quarantined by the mapping that follows
			return true;
		}
	}

	private static String recordId(JsonNode record) {
		JsonNode id = record.get("id");
		return (id != null && !id.isNull()) ? id.asString() : "unknown";
	}

}
