package health.falcon.data.insights;

import java.time.LocalDate;

/**
 * One value per local date of a user, for the insights that compare days across domains
 * (the correlations). Each kind of insight publishes the signals it already reads as
 * Spring beans, for example {@code sodium} (energy balance), {@code morning-systolic}
 * (blood pressure), {@code resting-heart-rate} and {@code rmssd} (baselines),
 * {@code training-load} (training load), {@code sleep-duration} (sleep).
 */
public interface DailySignal {

	/**
	 * Return the signal's name.
	 * @return a stable name, {@code sodium}
	 */
	String name();

	/**
	 * Return the signal's name for people, used in sentences.
	 * @return the label, {@code sodium intake}
	 */
	String label();

	/**
	 * Return the unit of the values.
	 * @return the unit, {@code mg}
	 */
	String unit();

	/**
	 * Read the user's values from one local date to another, both included.
	 * @param request the user and the day insights are computed for
	 * @param from the first local date
	 * @param to the last local date
	 * @return the values by date; a date without data has no entry, never 0
	 */
	DailyValues values(InsightRequest request, LocalDate from, LocalDate to);

	/**
	 * A signal that reads its values with a function, as every kind publishes them.
	 * @param name the stable name, {@code sodium}
	 * @param label the name for people, {@code sodium intake}
	 * @param unit the unit of the values, {@code mg}
	 * @param reader reads the user's values from one local date to another
	 * @return the signal
	 */
	static DailySignal of(String name, String label, String unit, Reader reader) {
		return new ReadSignal(name, label, unit, reader);
	}

	/**
	 * How a signal made with {@link #of} reads its values; the contract of
	 * {@link DailySignal#values}.
	 */
	@FunctionalInterface
	interface Reader {

		/**
		 * Read the user's values from one local date to another, both included.
		 * @param request the user and the day insights are computed for
		 * @param from the first local date
		 * @param to the last local date
		 * @return the values by date; a date without data has no entry
		 */
		DailyValues values(InsightRequest request, LocalDate from, LocalDate to);

	}

}
