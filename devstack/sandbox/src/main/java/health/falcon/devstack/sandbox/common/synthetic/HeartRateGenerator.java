package health.falcon.devstack.sandbox.common.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Generates one UTC day of per-second heart rate: each minute has a target (sleep stage,
 * rest, walking, workout) and the rate drifts towards it with a little noise; no samples
 * while the watch is charging.
 */
final class HeartRateGenerator {

	private static final int SECONDS_PER_DAY = 86_400;

	private final SyntheticPerson person;

	private final long seed;

	HeartRateGenerator(SyntheticPerson person, long seed) {
		this.person = person;
		this.seed = seed;
	}

	HeartRateDay day(LocalDate utcDate) {
		Instant dayStart = utcDate.atStartOfDay(ZoneOffset.UTC).toInstant();
		SplittableRandom random = SeededRandom.of(this.seed, 5, utcDate.toEpochDay());
		int[] seconds = new int[SECONDS_PER_DAY];
		short[] bpm = new short[SECONDS_PER_DAY];
		int count = 0;
		double rate = -1;
		for (int minute = 0; minute < 1440; minute++) {
			Instant minuteStart = dayStart.plusSeconds(minute * 60L);
			MinuteActivity activity = this.person.minute(minuteStart);
			if (!activity.worn()) {
				continue;
			}
			double target = target(minuteStart, activity);
			rate = (rate < 0) ? target : rate;
			for (int second = 0; second < 60; second++) {
				rate += (target - rate) * 0.04 + random.nextGaussian() * 0.5;
				seconds[count] = minute * 60 + second;
				bpm[count] = (short) Math.max(38, Math.min(195, Math.round(rate)));
				count++;
			}
		}
		return new HeartRateDay(utcDate, Arrays.copyOf(seconds, count), Arrays.copyOf(bpm, count));
	}

	private double target(Instant minuteStart, MinuteActivity activity) {
		LocalDateTime local = LocalDateTime.ofInstant(minuteStart, this.person.residence().zoneAt(minuteStart));
		int resting = this.person.restingHeartRate(local.toLocalDate());
		double base = (resting > 0) ? resting : 59;
		SleepSession.StageType stage = this.person.sleepStageAt(minuteStart);
		if (stage != null) {
			return switch (stage) {
				case DEEP -> base - 5;
				case LIGHT, ASLEEP -> base - 2;
				case REM -> base + 3;
				case AWAKE, RESTLESS -> base + 6;
			};
		}
		if (activity.activeKcal() >= 5) {
			return (activity.steps() > 0) ? 140 + activity.steps() / 8.0 : 128 + activity.activeKcal() * 2;
		}
		if (activity.steps() > 0) {
			return base + 22 + activity.steps() / 5.0;
		}
		return base + 12 + 4 * Math.sin(Math.PI * local.getHour() / 24.0);
	}

}
