package health.falcon.fitbit.googlehealth;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import health.falcon.ingest.spi.SyncContext;
import health.falcon.ingest.spi.SyncTrigger;
import org.jspecify.annotations.Nullable;

import org.springframework.web.client.RestClient;

/**
 * A {@link SyncContext} for connector tests: a plain {@link RestClient} on the mock
 * server, a fixed clock, and everything the connector reports recorded.
 */
class RecordingSyncContext implements SyncContext {

	final Map<String, String> cursors = new HashMap<>();

	final List<String> advances = new ArrayList<>();

	final List<String> quarantined = new ArrayList<>();

	final List<String> archived = new ArrayList<>();

	final List<Instant> progress = new ArrayList<>();

	int written;

	Instant backfillFrom;

	private final String userId;

	private final SyncTrigger trigger;

	private final RestClient api;

	private final Clock clock;

	RecordingSyncContext(String userId, SyncTrigger trigger, String baseUrl, Clock clock) {
		this.userId = userId;
		this.trigger = trigger;
		this.api = RestClient.builder().baseUrl(baseUrl).defaultHeader("Authorization", "Bearer test-token").build();
		this.clock = clock;
		this.backfillFrom = clock.instant().minusSeconds(365L * 24 * 3600);
	}

	@Override
	public String userId() {
		return this.userId;
	}

	@Override
	public SyncTrigger trigger() {
		return this.trigger;
	}

	@Override
	public String runId() {
		return "run-1";
	}

	@Override
	public @Nullable String accountId() {
		return null;
	}

	@Override
	public @Nullable String cursor(String stream) {
		return this.cursors.get(stream);
	}

	@Override
	public void advance(String stream, String cursor, int written) {
		this.cursors.put(stream, cursor);
		this.advances.add(stream + "=" + cursor + "+" + written);
		this.written += written;
	}

	@Override
	public void recordWritten(int written) {
		this.written += written;
	}

	@Override
	public void quarantine(String recordId, String reason, String rawPayload) {
		this.quarantined.add(recordId + ": " + reason);
	}

	@Override
	public void archive(String kind, String payload) {
		this.archived.add(kind);
	}

	@Override
	public void backfillProgress(Instant from, Instant reached) {
		this.progress.add(reached);
	}

	@Override
	public Instant backfillFrom() {
		return this.backfillFrom;
	}

	@Override
	public RestClient api() {
		return this.api;
	}

	@Override
	public Clock clock() {
		return this.clock;
	}

}
