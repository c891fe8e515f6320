package health.falcon.ingest.spi;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.web.client.RestClient;

/**
 * A {@link SyncContext} that only holds a backfill state and records the progress
 * reports, as the kit's context stores them.
 */
class ProgressContext implements SyncContext {

	private final Clock clock;

	private @Nullable BackfillState backfill;

	private final List<Instant> reached = new ArrayList<>();

	ProgressContext(Clock clock, @Nullable BackfillState backfill) {
		this.clock = clock;
		this.backfill = backfill;
	}

	List<Instant> reached() {
		return this.reached;
	}

	@Override
	public @Nullable BackfillState backfill() {
		return this.backfill;
	}

	@Override
	public void backfillProgress(Instant from, Instant reached) {
		this.reached.add(reached);
		this.backfill = new BackfillState(from, reached, !reached.isAfter(from));
	}

	@Override
	public Instant backfillFrom() {
		BackfillState backfill = this.backfill;
		return (backfill != null) ? backfill.from() : this.clock.instant();
	}

	@Override
	public Clock clock() {
		return this.clock;
	}

	@Override
	public String userId() {
		return "alex";
	}

	@Override
	public SyncTrigger trigger() {
		return SyncTrigger.BACKFILL;
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
		return null;
	}

	@Override
	public void advance(String stream, String cursor, int written) {
		throw new UnsupportedOperationException("a backfill window moves no cursor");
	}

	@Override
	public void recordWritten(int written) {
	}

	@Override
	public void quarantine(String recordId, String reason, String rawPayload) {
	}

	@Override
	public void archive(String kind, String payload) {
	}

	@Override
	public RestClient api() {
		throw new UnsupportedOperationException("no provider in this test");
	}

}
