package health.falcon.devstack.sandbox.common.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * One sleep: the main night (stages: AWAKE, LIGHT, DEEP, REM) or a nap (classic: ASLEEP,
 * RESTLESS, AWAKE). Stages are contiguous and cover the session exactly.
 *
 * @param logId stable id (also the export's {@code logId})
 * @param wakeDate the local date the sleep ends on
 * @param nap whether this is a nap
 * @param stages the stages, oldest first
 */
public record SleepSession(long logId, LocalDate wakeDate, Instant start, Instant end, boolean nap,
		List<Stage> stages) {

	static SleepSession main(long seed, LocalDate wakeDate, Instant start, Instant end) {
		SplittableRandom random = SeededRandom.of(seed, 2, wakeDate.toEpochDay());
		List<Stage> stages = new ArrayList<>();
		Instant at = add(stages, start, end, StageType.AWAKE, 120 + 30 * random.nextInt(0, 20));
		int cycle = 0;
		while (at.isBefore(end)) {
			boolean early = cycle < 2;
			at = add(stages, at, end, StageType.LIGHT, 60 * (20 + random.nextInt(0, 16)));
			at = add(stages, at, end, StageType.DEEP,
					60 * (early ? 20 + random.nextInt(0, 21) : random.nextInt(0, 11)));
			at = add(stages, at, end, StageType.LIGHT, 60 * (10 + random.nextInt(0, 11)));
			at = add(stages, at, end, StageType.REM,
					60 * (early ? 8 + random.nextInt(0, 8) : 20 + random.nextInt(0, 16)));
			if (random.nextBoolean()) {
				at = add(stages, at, end, StageType.AWAKE, 30 * (2 + random.nextInt(0, 7)));
			}
			cycle++;
		}
		return new SleepSession(40_000_000_000L + wakeDate.toEpochDay() * 10, wakeDate, start, end, false, stages);
	}

	static SleepSession nap(long seed, LocalDate date, Instant start, Instant end) {
		SplittableRandom random = SeededRandom.of(seed, 3, date.toEpochDay());
		List<Stage> stages = new ArrayList<>();
		Instant at = start;
		while (at.isBefore(end)) {
			at = add(stages, at, end, StageType.ASLEEP, 60 * (5 + random.nextInt(0, 15)));
			at = add(stages, at, end, random.nextBoolean() ? StageType.RESTLESS : StageType.AWAKE,
					60 * (1 + random.nextInt(0, 3)));
		}
		return new SleepSession(40_000_000_000L + date.toEpochDay() * 10 + 1, date, start, end, true, stages);
	}

	private static Instant add(List<Stage> stages, Instant from, Instant end, StageType type, long seconds) {
		if (seconds <= 0 || !from.isBefore(end)) {
			return from;
		}
		Instant to = from.plusSeconds(seconds);
		if (to.isAfter(end) || Duration.between(to, end).toSeconds() < 60) {
			to = end;
		}
		Stage last = stages.isEmpty() ? null : stages.get(stages.size() - 1);
		if (last != null && last.type() == type) {
			stages.set(stages.size() - 1, new Stage(last.start(), to, type));
		}
		else {
			stages.add(new Stage(from, to, type));
		}
		return to;
	}

	/**
	 * Returns the stage at an instant.
	 * @return the stage type, or {@code null} outside the session
	 */
	public @Nullable StageType stageAt(Instant instant) {
		if (instant.isBefore(this.start) || !instant.isBefore(this.end)) {
			return null;
		}
		for (Stage stage : this.stages) {
			if (instant.isBefore(stage.end())) {
				return stage.type();
			}
		}
		return null;
	}

	/**
	 * Minutes spent in a stage type.
	 * @return whole minutes
	 */
	public long minutesIn(StageType type) {
		return this.stages.stream()
			.filter((stage) -> stage.type() == type)
			.mapToLong((stage) -> Duration.between(stage.start(), stage.end()).toSeconds())
			.sum() / 60;
	}

	/**
	 * How many separate periods of a stage type there are.
	 */
	public long countOf(StageType type) {
		return this.stages.stream().filter((stage) -> stage.type() == type).count();
	}

	/**
	 * One stage.
	 */
	public record Stage(Instant start, Instant end, StageType type) {

	}

	/**
	 * Sleep stage types, as the Google Health API spells them.
	 */
	public enum StageType {

		/** Awake. */
		AWAKE,
		/** Light sleep. */
		LIGHT,
		/** Deep sleep. */
		DEEP,
		/** REM sleep. */
		REM,
		/** Asleep (classic). */
		ASLEEP,
		/** Restless (classic). */
		RESTLESS

	}

}
