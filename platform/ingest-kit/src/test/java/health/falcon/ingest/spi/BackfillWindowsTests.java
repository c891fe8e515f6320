package health.falcon.ingest.spi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BackfillWindowsTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ZoneId DENVER = ZoneId.of("America/Denver");

	private static final Instant NOW = Instant.parse("2026-03-04T09:00:00Z");

	private static final Instant FROM = Instant.parse("2026-02-02T09:00:00Z");

	private final List<String> windows = new ArrayList<>();

	@Test
	void readsWindowsNewestFirstAndMovesReachedBackUntilCompleted() {
		ProgressContext context = context(NOW, new BackfillState(FROM, null, false));
		int read = BackfillWindows.days(context, BERLIN, 7, 10, this::record);
		assertThat(read).isEqualTo(5);
		assertThat(this.windows).containsExactly("2026-02-26..2026-03-05", "2026-02-19..2026-02-26",
				"2026-02-12..2026-02-19", "2026-02-05..2026-02-12", "2026-02-02..2026-02-05");
		assertThat(context.reached()).containsExactly(Instant.parse("2026-02-25T23:00:00Z"),
				Instant.parse("2026-02-18T23:00:00Z"), Instant.parse("2026-02-11T23:00:00Z"),
				Instant.parse("2026-02-04T23:00:00Z"), Instant.parse("2026-02-01T23:00:00Z"));
		assertThat(context.backfill()).isEqualTo(new BackfillState(FROM, Instant.parse("2026-02-01T23:00:00Z"), true));
	}

	@Test
	void readsTheLatestWeekInTheFirstWindow() {
		ProgressContext context = context(NOW, new BackfillState(FROM, null, false));
		BackfillWindows.days(context, BERLIN, 7, 1, this::record);
		assertThat(this.windows).containsExactly("2026-02-26..2026-03-05");
		assertThat(context.backfill().completed()).isFalse();
	}

	@Test
	void aRunLimitedInWindowsLeavesTheRestToTheNextRun() {
		ProgressContext first = context(NOW, new BackfillState(FROM, null, false));
		BackfillWindows.days(first, BERLIN, 7, 2, this::record);
		ProgressContext next = context(NOW.plusSeconds(900), first.backfill());
		BackfillWindows.days(next, BERLIN, 7, 2, this::record);
		assertThat(this.windows).containsExactly("2026-02-26..2026-03-05", "2026-02-19..2026-02-26",
				"2026-02-12..2026-02-19", "2026-02-05..2026-02-12");
		assertThat(next.backfill().reached()).isEqualTo(Instant.parse("2026-02-04T23:00:00Z"));
		assertThat(next.backfill().completed()).isFalse();
	}

	@Test
	void resumesAfterACrashMidWindowAtTheWindowThatFailedWithoutAGapOrARepeat() {
		ProgressContext crashed = context(NOW, new BackfillState(FROM, null, false));
		assertThatIllegalStateException()
			.isThrownBy(() -> BackfillWindows.days(crashed, BERLIN, 7, 10, (first, until) -> {
				record(first, until);
				if (this.windows.size() == 2) {
					throw new IllegalStateException("the replica died half-way through the window");
				}
			}));
		// only the stored window counts
		assertThat(crashed.reached()).containsExactly(Instant.parse("2026-02-25T23:00:00Z"));
		this.windows.clear();
		// a later run (new data since is the stream cursors' work) goes on from reached
		ProgressContext resumed = context(NOW.plusSeconds(7200), crashed.backfill());
		BackfillWindows.days(resumed, BERLIN, 7, 10, this::record);
		assertThat(this.windows).containsExactly("2026-02-19..2026-02-26", "2026-02-12..2026-02-19",
				"2026-02-05..2026-02-12", "2026-02-02..2026-02-05");
		assertThat(resumed.backfill().completed()).isTrue();
	}

	@Test
	void aDayWindowAcrossTheSpringChangeInBerlinHoldsTwentyThreeHours() {
		ProgressContext context = context(Instant.parse("2026-03-31T10:00:00Z"),
				new BackfillState(Instant.parse("2026-03-27T12:00:00Z"), null, false));
		BackfillWindows.days(context, BERLIN, 1, 10, this::record);
		assertThat(this.windows).containsExactly("2026-03-31..2026-04-01", "2026-03-30..2026-03-31",
				"2026-03-29..2026-03-30", "2026-03-28..2026-03-29", "2026-03-27..2026-03-28");
		assertThat(context.reached()).containsExactly(Instant.parse("2026-03-30T22:00:00Z"),
				Instant.parse("2026-03-29T22:00:00Z"), Instant.parse("2026-03-28T23:00:00Z"),
				Instant.parse("2026-03-27T23:00:00Z"), Instant.parse("2026-03-26T23:00:00Z"));
		assertThat(context.backfill().completed()).isTrue();
	}

	@Test
	void aDayWindowAcrossTheAutumnChangeInBerlinHoldsTwentyFiveHours() {
		ProgressContext context = context(Instant.parse("2026-10-26T10:00:00Z"),
				new BackfillState(Instant.parse("2026-10-24T12:00:00Z"), null, false));
		BackfillWindows.days(context, BERLIN, 1, 10, this::record);
		assertThat(this.windows).containsExactly("2026-10-26..2026-10-27", "2026-10-25..2026-10-26",
				"2026-10-24..2026-10-25");
		assertThat(context.reached()).containsExactly(Instant.parse("2026-10-25T23:00:00Z"),
				Instant.parse("2026-10-24T22:00:00Z"), Instant.parse("2026-10-23T22:00:00Z"));
	}

	@Test
	void aWeekWindowAcrossTheSpringChangeKeepsWholeLocalDays() {
		ProgressContext context = context(Instant.parse("2026-10-27T10:00:00Z"),
				new BackfillState(Instant.parse("2026-03-25T12:00:00Z"), Instant.parse("2026-03-31T22:00:00Z"), false));
		BackfillWindows.days(context, BERLIN, 7, 1, this::record);
		assertThat(this.windows).containsExactly("2026-03-25..2026-04-01");
		assertThat(context.backfill()).isEqualTo(
				new BackfillState(Instant.parse("2026-03-25T12:00:00Z"), Instant.parse("2026-03-24T23:00:00Z"), true));
	}

	@Test
	void aZoneChangeSinceTheLastWindowLeavesNoGapBeforeReached() {
		// reached is a Berlin midnight; the user now lives in Denver
		Instant reached = Instant.parse("2026-03-10T23:00:00Z");
		ProgressContext context = context(NOW.plusSeconds(86_400 * 10),
				new BackfillState(Instant.parse("2026-03-01T12:00:00Z"), reached, false));
		List<LocalDate> untils = new ArrayList<>();
		BackfillWindows.days(context, DENVER, 1, 1, (first, until) -> untils.add(until));
		assertThat(untils).containsExactly(LocalDate.parse("2026-03-11"));
		assertThat(untils.get(0).atStartOfDay(DENVER).toInstant()).isAfterOrEqualTo(reached);
		assertThat(context.reached()).containsExactly(Instant.parse("2026-03-10T06:00:00Z"));
	}

	@Test
	void theFirstWindowHoldsTodayEvenAtItsFirstInstant() {
		// 10:00 UTC is midnight of 11 March at UTC+14
		ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
		ProgressContext context = context(Instant.parse("2026-03-10T10:00:00Z"),
				new BackfillState(Instant.parse("2026-03-07T10:00:00Z"), null, false));
		BackfillWindows.days(context, kiritimati, 1, 1, this::record);
		assertThat(this.windows).containsExactly("2026-03-11..2026-03-12");
	}

	@Test
	void readsNothingForACompletedOrMissingBackfill() {
		ProgressContext completed = context(NOW, new BackfillState(FROM, FROM, true));
		ProgressContext none = context(NOW, null);
		assertThat(BackfillWindows.days(completed, BERLIN, 7, 10, this::record)).isZero();
		assertThat(BackfillWindows.days(none, BERLIN, 7, 10, this::record)).isZero();
		assertThat(this.windows).isEmpty();
		assertThat(completed.reached()).isEmpty();
		assertThat(none.reached()).isEmpty();
	}

	@Test
	void completesABackfillWhoseHorizonIsTodayAfterOneWindow() {
		ProgressContext context = context(NOW, new BackfillState(NOW.minusSeconds(60), null, false));
		BackfillWindows.days(context, ZoneOffset.UTC, 7, 10, this::record);
		assertThat(this.windows).containsExactly("2026-03-04..2026-03-05");
		assertThat(context.backfill().completed()).isTrue();
	}

	@Test
	void rejectsAnEmptyWindow() {
		ProgressContext context = context(NOW, new BackfillState(FROM, null, false));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BackfillWindows.days(context, BERLIN, 0, 10, this::record));
	}

	@Test
	void reachedOfAStateBeforeTheFirstWindowIsNow() {
		assertThat(new BackfillState(FROM, null, false).newestEdge(NOW)).isEqualTo(NOW);
		assertThat(new BackfillState(FROM, FROM.plusSeconds(5), false).newestEdge(NOW)).isEqualTo(FROM.plusSeconds(5));
	}

	private void record(LocalDate first, LocalDate until) {
		this.windows.add(first + ".." + until);
	}

	private static ProgressContext context(Instant now, @Nullable BackfillState state) {
		return new ProgressContext(Clock.fixed(now, ZoneOffset.UTC), state);
	}

}
