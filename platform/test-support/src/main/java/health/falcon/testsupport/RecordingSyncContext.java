package health.falcon.testsupport;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import health.falcon.ingest.spi.BackfillState;
import health.falcon.ingest.spi.SyncContext;
import health.falcon.ingest.spi.SyncTrigger;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * A {@link SyncContext} for connector tests: a plain {@link RestClient} on the mock
 * server, a given clock, and everything the connector reports recorded.
 */
public class RecordingSyncContext implements SyncContext {

	private static final long ONE_YEAR_SECONDS = 365L * 24 * 3600;

	private final Map<String, String> cursors = new HashMap<>();

	private final List<String> advances = new ArrayList<>();

	private final List<String> quarantined = new ArrayList<>();

	private final List<String> archived = new ArrayList<>();

	private final List<Instant> progress = new ArrayList<>();

	private int written;

	private int deleted;

	private @Nullable Instant backfillFrom;

	private @Nullable BackfillState backfill;

	private final String userId;

	private final SyncTrigger trigger;

	private final @Nullable String accountId;

	private final RestClient api;

	private final Clock clock;

	/**
	 * A context without a provider account id.
	 * @param userId the connection's owner
	 * @param trigger why the run happens
	 * @param baseUrl the mock provider's base URL
	 * @param clock the clock the connector sees
	 */
	public RecordingSyncContext(String userId, SyncTrigger trigger, String baseUrl, Clock clock) {
		this(userId, trigger, baseUrl, clock, null);
	}

	/**
	 * A context with a provider account id.
	 * @param userId the connection's owner
	 * @param trigger why the run happens
	 * @param baseUrl the mock provider's base URL
	 * @param clock the clock the connector sees
	 * @param accountId the provider's account id, or {@code null}
	 */
	public RecordingSyncContext(String userId, SyncTrigger trigger, String baseUrl, Clock clock,
			@Nullable String accountId) {
		this.userId = userId;
		this.trigger = trigger;
		this.accountId = accountId;
		// HTTP/1.1 like the kit's own client, because the JDK client's h2c
		// upgrade on a POST with a body confuses WireMock.
		this.api = RestClient.builder()
			.requestFactory(new JdkClientHttpRequestFactory(
					HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()))
			.baseUrl(baseUrl)
			.defaultHeader("Authorization", "Bearer test-token")
			.build();
		this.clock = clock;
	}

	/**
	 * @return the cursors by stream; tests may seed them
	 */
	public Map<String, String> cursors() {
		return this.cursors;
	}

	/**
	 * @return every {@link #advance} as {@code stream=cursor+written}
	 */
	public List<String> advances() {
		return this.advances;
	}

	/**
	 * @return every quarantined record as {@code recordId: reason}
	 */
	public List<String> quarantined() {
		return this.quarantined;
	}

	/**
	 * @return the kinds of the archived payloads
	 */
	public List<String> archived() {
		return this.archived;
	}

	/**
	 * @return the reached instants of every backfill progress report
	 */
	public List<Instant> progress() {
		return this.progress;
	}

	/**
	 * @return the records written, from advances and {@link #recordWritten}
	 */
	public int written() {
		return this.written;
	}

	/**
	 * @return the records counted as deleted with {@link #recordDeleted}
	 */
	public int deleted() {
		return this.deleted;
	}

	/**
	 * Override the earliest instant a backfill reaches (default: one year before the
	 * clock's now).
	 * @param backfillFrom the instant
	 */
	public void backfillFrom(Instant backfillFrom) {
		this.backfillFrom = backfillFrom;
	}

	/**
	 * Plan a backfill (default: none), as the kit does at connection time.
	 * @param backfill the state the connector sees, updated by {@link #backfillProgress};
	 * {@code null} for none
	 */
	public void backfill(@Nullable BackfillState backfill) {
		this.backfill = backfill;
		if (backfill != null) {
			this.backfillFrom = backfill.from();
		}
	}

	/**
	 * Plan a backfill that has read nothing yet.
	 * @param from the oldest instant it will reach
	 */
	public void planBackfill(Instant from) {
		backfill(new BackfillState(from, null, false));
	}

	@Override
	public @Nullable BackfillState backfill() {
		return this.backfill;
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
		return this.accountId;
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
	public void recordDeleted(int deleted) {
		this.deleted += deleted;
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
		if (this.backfill != null) {
			this.backfill = new BackfillState(from, reached, !reached.isAfter(from));
		}
	}

	@Override
	public Instant backfillFrom() {
		Instant from = this.backfillFrom;
		return (from != null) ? from : this.clock.instant().minusSeconds(ONE_YEAR_SECONDS);
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
