package health.falcon.devstack.sandbox.common.synthetic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * One local day of the synthetic person, drawn from the seed and the date: when they wake
 * and go to bed, the workout, the commute walks, the watch's charging break, the resting
 * heart rate and an occasional nap. Times are minutes after local midnight; a bedtime
 * past 1440 falls after midnight.
 *
 * @param wakeMinute when the night's sleep ends
 * @param bedMinute when the evening's sleep starts
 * @param workout the workout, or {@code null} on a rest day
 * @param commute whether there are commute walks (weekdays)
 * @param chargeMinute start of a 35-minute charging break (watch not worn), or -1
 * @param restingHeartRate resting heart rate in bpm, 0 when the watch could not compute
 * it
 * @param napMinute start of an afternoon nap, or -1
 * @param napLength nap length in minutes
 */
public record DayPlan(LocalDate date, int wakeMinute, int bedMinute, @Nullable Workout workout, boolean commute,
		int chargeMinute, int restingHeartRate, int napMinute, int napLength) {

	static final int CHARGE_MINUTES = 35;

	static DayPlan draw(long seed, LocalDate date) {
		SplittableRandom random = SeededRandom.of(seed, 1, date.toEpochDay());
		boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
		int wake = weekend ? 480 + random.nextInt(-40, 41) : 390 + random.nextInt(-25, 26);
		int bed = weekend ? 1420 + random.nextInt(-40, 41) : 1380 + random.nextInt(-35, 36);
		Workout workout = (random.nextDouble() < 0.55) ? Workout.draw(random, weekend) : null;
		int charge = (random.nextDouble() < 0.3) ? 1170 + random.nextInt(0, 60) : -1;
		double season = Math.sin(2 * Math.PI * date.getDayOfYear() / 365.0);
		int resting = (int) Math.round(58 + 3 * season + random.nextGaussian() * 1.5);
		if (random.nextDouble() < 0.03) {
			resting = 0;
		}
		boolean nap = random.nextDouble() < (weekend ? 0.2 : 0.05);
		int napMinute = nap ? 840 + random.nextInt(0, 90) : -1;
		int napLength = nap ? 20 + random.nextInt(0, 50) : 0;
		return new DayPlan(date, wake, bed, workout, !weekend, charge, resting, napMinute, napLength);
	}

	/**
	 * Whether the watch is off the wrist (charging) at a minute of this day.
	 * @param minute minutes after local midnight
	 * @return {@code true} while charging
	 */
	public boolean charging(int minute) {
		return this.chargeMinute >= 0 && minute >= this.chargeMinute && minute < this.chargeMinute + CHARGE_MINUTES;
	}

	/**
	 * Returns the kind of walking at a minute: commute or none.
	 * @param minute minutes after local midnight
	 * @return {@code true} during a commute walk
	 */
	public boolean commuting(int minute) {
		return this.commute && ((minute >= 480 && minute < 500) || (minute >= 1050 && minute < 1070));
	}

	/**
	 * A workout.
	 *
	 * @param startMinute start, minutes after local midnight
	 * @param minutes length
	 * @param kind the sport
	 */
	public record Workout(int startMinute, int minutes, Kind kind) {

		static Workout draw(SplittableRandom random, boolean weekend) {
			double pick = random.nextDouble();
			Kind kind = (pick < 0.45) ? Kind.RUN : (pick < 0.75) ? Kind.WALK : Kind.RIDE;
			int start = weekend ? 600 + random.nextInt(0, 90) : 1080 + random.nextInt(0, 60);
			int minutes = switch (kind) {
				case RUN -> 30 + random.nextInt(0, 31);
				case WALK -> 40 + random.nextInt(0, 51);
				case RIDE -> 60 + random.nextInt(0, 61);
			};
			return new Workout(start, minutes, kind);
		}

		/**
		 * Whether a minute falls in the workout.
		 * @param minute minutes after local midnight
		 * @return {@code true} during the workout
		 */
		public boolean covers(int minute) {
			return minute >= this.startMinute && minute < this.startMinute + this.minutes;
		}

	}

	/**
	 * Workout sports.
	 */
	public enum Kind {

		/** Running. */
		RUN,
		/** Brisk walking. */
		WALK,
		/** Cycling (no steps, distance from the bike). */
		RIDE

	}

}
