package health.falcon.ingest.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import health.falcon.ingest.spi.SyncTrigger;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One sync run in {@code sync_runs}: who, why, when, how it ended and what it wrote. The
 * errors are safe messages (no tokens, no health values).
 */
@Document("sync_runs")
public class SyncRun {

	/** The status of a run that has not finished. */
	public static final String RUNNING = "RUNNING";

	@Id
	private final String id;

	@Indexed
	private final String userId;

	private final String provider;

	private final SyncTrigger trigger;

	private final Instant startedAt;

	private @Nullable Instant finishedAt;

	private @Nullable Long durationMs;

	private String status;

	private int recordsWritten;

	private int quarantined;

	private int deleted;

	private List<String> errors;

	@PersistenceCreator
	SyncRun(String id, String userId, String provider, SyncTrigger trigger, Instant startedAt,
			@Nullable Instant finishedAt, @Nullable Long durationMs, String status, int recordsWritten, int quarantined,
			@Nullable Integer deleted, @Nullable List<String> errors) {
		this.id = id;
		this.userId = userId;
		this.provider = provider;
		this.trigger = trigger;
		this.startedAt = startedAt;
		this.finishedAt = finishedAt;
		this.durationMs = durationMs;
		this.status = status;
		this.recordsWritten = recordsWritten;
		this.quarantined = quarantined;
		// runs stored before deletions were counted have no such field
		this.deleted = (deleted != null) ? deleted : 0;
		this.errors = (errors != null) ? List.copyOf(errors) : List.of();
	}

	static SyncRun started(String id, String userId, String provider, SyncTrigger trigger, Instant startedAt) {
		return new SyncRun(id, userId, provider, trigger, startedAt, null, null, RUNNING, 0, 0, 0, List.of());
	}

	void finish(Instant finishedAt, String status, int recordsWritten, int quarantined, int deleted,
			List<String> errors) {
		this.finishedAt = finishedAt;
		this.durationMs = Duration.between(this.startedAt, finishedAt).toMillis();
		this.status = status;
		this.recordsWritten = recordsWritten;
		this.quarantined = quarantined;
		this.deleted = deleted;
		this.errors = List.copyOf(errors);
	}

	public String getId() {
		return this.id;
	}

	public String getUserId() {
		return this.userId;
	}

	public String getProvider() {
		return this.provider;
	}

	public SyncTrigger getTrigger() {
		return this.trigger;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public @Nullable Instant getFinishedAt() {
		return this.finishedAt;
	}

	public @Nullable Long getDurationMs() {
		return this.durationMs;
	}

	public String getStatus() {
		return this.status;
	}

	public int getRecordsWritten() {
		return this.recordsWritten;
	}

	public int getQuarantined() {
		return this.quarantined;
	}

	/**
	 * @return records the run marked deleted because the provider no longer has them
	 */
	public int getDeleted() {
		return this.deleted;
	}

	public List<String> getErrors() {
		return this.errors;
	}

}
