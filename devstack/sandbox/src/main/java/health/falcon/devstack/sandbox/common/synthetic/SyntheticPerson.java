package health.falcon.devstack.sandbox.common.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The synthetic person the health emulators describe. Everything is derived on demand
 * from the seed (day plans and sleeps are cached; per-second heart rate is generated per
 * UTC day and only the most recent days are kept), so a year of data costs almost no
 * memory and the same seed always yields the same values. Thread-safe.
 */
public final class SyntheticPerson {

	private static final int HEART_RATE_DAYS_CACHED = 6;

	private final long seed;

	private final Residence residence;

	private final Map<LocalDate, DayPlan> plans = new ConcurrentHashMap<>();

	private final Map<LocalDate, List<SleepSession>> sleeps = new ConcurrentHashMap<>();

	private final Map<LocalDate, HeartRateDay> heartRate = Collections
		.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<LocalDate, HeartRateDay> eldest) {
				return size() > HEART_RATE_DAYS_CACHED;
			}
		});

	/**
	 * Creates the person.
	 * @param seed the random seed
	 * @param residence where they live and travel
	 */
	public SyntheticPerson(long seed, Residence residence) {
		this.seed = seed;
		this.residence = residence;
	}

	public Residence residence() {
		return this.residence;
	}

	/**
	 * Returns the plan of a local day.
	 */
	public DayPlan plan(LocalDate date) {
		return this.plans.computeIfAbsent(date, (day) -> DayPlan.draw(this.seed, day));
	}

	/**
	 * Returns the sleeps that end on a local date: the main night and, some days, a nap.
	 * @param wakeDate the local date the sleeps end on
	 * @return the sleeps, oldest first
	 */
	public List<SleepSession> sleepsEndingOn(LocalDate wakeDate) {
		return this.sleeps.computeIfAbsent(wakeDate, this::drawSleeps);
	}

	private List<SleepSession> drawSleeps(LocalDate wakeDate) {
		ZoneId zone = this.residence.zoneOn(wakeDate);
		DayPlan evening = plan(wakeDate.minusDays(1));
		DayPlan day = plan(wakeDate);
		Instant start = local(wakeDate.minusDays(1), evening.bedMinute(), zone);
		Instant end = local(wakeDate, day.wakeMinute(), zone).plusSeconds(30);
		List<SleepSession> result = new ArrayList<>();
		result.add(SleepSession.main(this.seed, wakeDate, start, end));
		if (day.napMinute() >= 0) {
			Instant napStart = local(wakeDate, day.napMinute(), zone);
			result.add(SleepSession.nap(this.seed, wakeDate, napStart, napStart.plusSeconds(60L * day.napLength())));
		}
		return List.copyOf(result);
	}

	private static Instant local(LocalDate date, int minute, ZoneId zone) {
		return date.atStartOfDay().plusMinutes(minute).atZone(zone).toInstant();
	}

	/**
	 * Returns the sleep stage at an instant.
	 * @return the stage, or {@code null} when awake
	 */
	public SleepSession.@Nullable StageType sleepStageAt(Instant instant) {
		LocalDate date = instant.atZone(this.residence.zoneAt(instant)).toLocalDate();
		for (LocalDate wake : List.of(date, date.plusDays(1))) {
			for (SleepSession session : sleepsEndingOn(wake)) {
				SleepSession.StageType stage = session.stageAt(instant);
				if (stage != null) {
					return stage;
				}
			}
		}
		return null;
	}

	/**
	 * Returns the resting heart rate of a local date.
	 * @return bpm, or 0 when none was computed that day
	 */
	public int restingHeartRate(LocalDate date) {
		return plan(date).restingHeartRate();
	}

	/**
	 * Returns what happened in the minute starting at an instant.
	 * @param minuteStart a whole UTC minute
	 * @return the minute's activity
	 */
	public MinuteActivity minute(Instant minuteStart) {
		LocalDateTime local = LocalDateTime.ofInstant(minuteStart, this.residence.zoneAt(minuteStart));
		DayPlan plan = plan(local.toLocalDate());
		int minute = local.getHour() * 60 + local.getMinute();
		if (plan.charging(minute)) {
			return new MinuteActivity(0, 0, 0, MinuteActivity.BASAL_KCAL_PER_MINUTE, false);
		}
		if (sleepStageAt(minuteStart) != null) {
			return new MinuteActivity(0, 0, 0, MinuteActivity.BASAL_KCAL_PER_MINUTE, true);
		}
		SplittableRandom random = SeededRandom.of(this.seed, 4, minuteStart.getEpochSecond() / 60);
		DayPlan.Workout workout = plan.workout();
		if (workout != null && workout.covers(minute)) {
			return switch (workout.kind()) {
				case RUN -> moving(160 + random.nextInt(0, 16), 1050 + random.nextInt(0, 100), 0.075);
				case WALK -> moving(108 + random.nextInt(0, 14), 760 + random.nextInt(0, 40), 0.045);
				case RIDE -> new MinuteActivity(0, 380_000 + random.nextInt(0, 80_000),
						round(7 + random.nextDouble() * 3), MinuteActivity.BASAL_KCAL_PER_MINUTE, true);
			};
		}
		if (plan.commuting(minute)) {
			return moving(100 + random.nextInt(0, 16), 740 + random.nextInt(0, 30), 0.042);
		}
		boolean daytime = minute >= 420 && minute < 1290;
		if (daytime && random.nextDouble() < 0.22) {
			return moving(4 + random.nextInt(0, 70), 680 + random.nextInt(0, 40), 0.04);
		}
		return new MinuteActivity(0, 0, daytime ? 0.12 : 0.0, MinuteActivity.BASAL_KCAL_PER_MINUTE, true);
	}

	private static MinuteActivity moving(int steps, int strideMillimeters, double kcalPerStep) {
		return new MinuteActivity(steps, (long) steps * strideMillimeters, round(steps * kcalPerStep),
				MinuteActivity.BASAL_KCAL_PER_MINUTE, true);
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	/**
	 * Returns the per-second heart rate of a UTC day, generated on first use.
	 * @param utcDate the UTC day
	 * @return the samples (one per second while the watch is worn)
	 */
	public HeartRateDay heartRate(LocalDate utcDate) {
		HeartRateDay day = this.heartRate.get(utcDate);
		if (day == null) {
			day = new HeartRateGenerator(this, this.seed).day(utcDate);
			this.heartRate.put(utcDate, day);
		}
		return day;
	}

	/**
	 * Returns the UTC offset in effect at an instant.
	 * @return the offset (daylight saving and trips included)
	 */
	public ZoneOffset offsetAt(Instant instant) {
		return this.residence.zoneAt(instant).getRules().getOffset(instant);
	}

}
