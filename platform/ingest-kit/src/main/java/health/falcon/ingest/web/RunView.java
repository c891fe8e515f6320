package health.falcon.ingest.web;

import java.time.Instant;
import java.util.List;

import health.falcon.ingest.spi.SyncTrigger;
import health.falcon.ingest.sync.SyncRun;
import org.jspecify.annotations.Nullable;

/**
 * One sync run as the API shows it.
 *
 * @param trigger why it ran
 * @param status {@code RUNNING} or its outcome
 * @param startedAt when it started
 * @param finishedAt when it ended
 * @param durationMs how long it took
 * @param recordsWritten records inserted or changed
 * @param quarantined records put aside
 * @param deleted records marked deleted because the provider no longer has them
 * @param errors safe error messages
 */
record RunView(String id, SyncTrigger trigger, String status, Instant startedAt, @Nullable Instant finishedAt,
		@Nullable Long durationMs, int recordsWritten, int quarantined, int deleted, List<String> errors) {

	static RunView of(SyncRun run) {
		return new RunView(run.getId(), run.getTrigger(), run.getStatus(), run.getStartedAt(), run.getFinishedAt(),
				run.getDurationMs(), run.getRecordsWritten(), run.getQuarantined(), run.getDeleted(), run.getErrors());
	}

}
