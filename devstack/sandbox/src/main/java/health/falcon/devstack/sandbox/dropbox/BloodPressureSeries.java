package health.falcon.devstack.sandbox.dropbox;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plausible home blood-pressure readings for one person and device, drawn per day from a
 * seed: a morning and (most days) an evening reading, systolic 105-150 mmHg with a slow
 * seasonal drift, diastolic 65-95 mmHg, pulse 50-90 bpm.
 */
final class BloodPressureSeries {

	private final long seed;

	private final int device;

	BloodPressureSeries(long seed, int device) {
		this.seed = seed;
		this.device = device;
	}

	/**
	 * The readings from {@code first} to {@code last} (inclusive) that are before
	 * {@code now}, oldest first.
	 * @param first the first day
	 * @param last the last day
	 * @param now local wall time of now
	 * @param perDay probability of a reading at each of the two daily slots
	 */
	List<Reading> between(LocalDate first, LocalDate last, LocalDateTime now, double perDay) {
		List<Reading> readings = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			SplittableRandom random = SeedRandom.of(this.seed, this.device, day.toEpochDay());
			addIf(readings, random, perDay, day.atTime(LocalTime.of(6, 30)), 90, day, now, false);
			addIf(readings, random, perDay * 0.8, day.atTime(LocalTime.of(20, 30)), 120, day, now, true);
		}
		return readings;
	}

	private void addIf(List<Reading> readings, SplittableRandom random, double probability, LocalDateTime earliest,
			int spreadMinutes, LocalDate day, LocalDateTime now, boolean evening) {
		boolean taken = random.nextDouble() < probability;
		LocalDateTime time = earliest.plusMinutes(random.nextInt(spreadMinutes)).plusSeconds(random.nextInt(60));
		double season = 4 * Math.cos(2 * Math.PI * day.getDayOfYear() / 365.0);
		int systolic = clamp(122 + season + random.nextGaussian() * 7 + (evening ? 3 : 0), 105, 150);
		int diastolic = clamp(0.5 * systolic + 18 + random.nextGaussian() * 4, 65, 95);
		int pulse = clamp(64 + random.nextGaussian() * 6 + (evening ? 5 : 0), 50, 90);
		if (taken && time.isBefore(now)) {
			readings.add(new Reading(time, systolic, Math.min(diastolic, systolic - 25), pulse));
		}
	}

	private static int clamp(double value, int min, int max) {
		return (int) Math.max(min, Math.min(max, Math.round(value)));
	}

	/**
	 * One reading.
	 *
	 * @param time local wall time, to the second
	 * @param systolic mmHg
	 * @param diastolic mmHg
	 * @param pulse bpm
	 */
	record Reading(LocalDateTime time, int systolic, int diastolic, int pulse) {

	}

}
