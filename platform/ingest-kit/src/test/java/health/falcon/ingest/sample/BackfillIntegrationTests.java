package health.falcon.ingest.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import health.falcon.ingest.api.RunOutcome;
import health.falcon.ingest.connection.Backfill;
import health.falcon.ingest.spi.BackfillState;
import health.falcon.ingest.spi.BackfillWindows;
import health.falcon.ingest.spi.SyncContext;
import health.falcon.ingest.spi.SyncTrigger;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The newest-first backfill through real runs: what the connection stores after each
 * window, resuming after a crash, and backfill states of the old oldest-first code.
 */
class BackfillIntegrationTests extends IngestIntegrationSupport {

	private final List<String> windows = new ArrayList<>();

	@Test
	void aNewConnectionPlansANewestFirstBackfillThatHasReadNothing() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		Backfill backfill = connection("alex").getBackfill();
		assertThat(backfill).isEqualTo(Backfill.planned(START.minusSeconds(365L * 86_400)));
		assertThat(backfill.newestFirst()).isTrue();
	}

	@Test
	void storesReachedAfterEachWindowAndCompletesWhenItReachesFrom() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		RunOutcome first = backfill("alex", 200, 1);
		assertThat(first.status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
		Backfill afterOne = connection("alex").getBackfill();
		LocalDate today = LocalDate.ofInstant(START, ZoneOffset.UTC);
		assertThat(afterOne.reached()).isEqualTo(today.minusDays(199).atStartOfDay(ZoneOffset.UTC).toInstant());
		// a BACKFILL run that reported progress is complete only when reached is at from
		assertThat(afterOne.completed()).isFalse();
		backfill("alex", 200, 5);
		Backfill done = connection("alex").getBackfill();
		assertThat(done.completed()).isTrue();
		assertThat(done.reached()).isBeforeOrEqualTo(done.from());
		assertThat(this.windows).hasSize(2);
		assertThat(this.windows.get(0)).endsWith(".." + today.plusDays(1));
	}

	@Test
	void aCrashMidWindowKeepsReachedAtTheLastStoredWindowAndTheNextRunGoesOnFromThere() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		RunOutcome crashed = run("alex",
				(context) -> BackfillWindows.days(context, ZoneOffset.UTC, 30, 5, (first, until) -> {
					record(first, until);
					if (this.windows.size() == 2) {
						throw new IllegalStateException("crashed half-way through the window");
					}
				}));
		assertThat(crashed.status()).isEqualTo(RunOutcome.Status.FAILED);
		Backfill afterCrash = connection("alex").getBackfill();
		LocalDate today = LocalDate.ofInstant(START, ZoneOffset.UTC);
		assertThat(afterCrash.reached()).isEqualTo(today.minusDays(29).atStartOfDay(ZoneOffset.UTC).toInstant());
		assertThat(afterCrash.completed()).isFalse();
		this.windows.clear();
		this.clock.set(START.plusSeconds(1800));
		backfill("alex", 30, 1);
		assertThat(this.windows).containsExactly(today.minusDays(59) + ".." + today.minusDays(29));
	}

	@Test
	void anUnfinishedOldestFirstBackfillIsFinishedThroughTheCursorsAndNeverReadBackwards() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		Instant oldFrom = START.minusSeconds(30L * 86_400);
		Instant oldReached = START.minusSeconds(12L * 86_400);
		this.mongo.updateFirst(query(where("_id").is("alex:acme")),
				new Update()
					.set("backfill",
							new Document("from", oldFrom).append("reached", oldReached).append("completed", false))
					.set("cursors.records", "1234"),
				"connections");
		assertThat(connection("alex").getBackfill().unfinishedOldestFirst()).isTrue();
		AtomicReference<BackfillState> seen = new AtomicReference<>();
		RunOutcome outcome = run("alex", (context) -> {
			seen.set(context.backfill());
			BackfillWindows.days(context, ZoneOffset.UTC, 7, 5, this::record);
		});
		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
		assertThat(seen.get()).isEqualTo(new BackfillState(oldFrom, null, true));
		assertThat(this.windows).isEmpty();
		assertThat(connection("alex").getBackfill().completed()).isTrue();
		assertThat(connection("alex").getCursors()).containsEntry("records", "1234");
	}

	@Test
	void aConnectorThatDoesNotWindowItsBackfillCompletesItInOneBackfillRun() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		run("alex", (context) -> {
		});
		assertThat(connection("alex").getBackfill().completed()).isTrue();
	}

	@Test
	void theConnectionViewShowsHowFarBackTheBackfillReached() {
		connect("alex", "access", "refresh", START.plusSeconds(3600));
		backfill("alex", 7, 1);
		RestTestClientResponse response = RestTestClientResponse.from(this.client.get()
			.uri("/api/connections/acme")
			.headers((headers) -> headers.addAll(auth("alex")))
			.exchange());
		LocalDate today = LocalDate.ofInstant(START, ZoneOffset.UTC);
		assertThat(response).bodyJson()
			.extractingPath("$.backfill.reached")
			.isEqualTo(today.minusDays(6).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
		assertThat(response).bodyJson().extractingPath("$.backfill.completed").isEqualTo(false);
		assertThat(response).bodyJson().doesNotHavePath("$.backfill.newestFirst");
	}

	private RunOutcome backfill(String user, int days, int maxWindows) {
		return run(user, (context) -> BackfillWindows.days(context, ZoneOffset.UTC, days, maxWindows, this::record));
	}

	private RunOutcome run(String user, Consumer<SyncContext> work) {
		return this.runner.run(user, "acme", SyncTrigger.BACKFILL, work);
	}

	private void record(LocalDate first, LocalDate until) {
		this.windows.add(first + ".." + until);
	}

}
