package health.falcon.data.insights.training;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An activity as the training load reads it.
 *
 * @param id the document id
 * @param date the local date it started on, as stored
 * @param start the start instant
 * @param name the title
 * @param sportType the normalized sport
 * @param elapsedSeconds the wall-clock duration
 * @param movingSeconds the moving time
 * @param averageHeartRate the provider's average heart rate, bpm
 * @param maxHeartRate the provider's maximum heart rate, bpm
 * @param source the provenance, {@code provider/channel}
 */
record StoredActivity(String id, LocalDate date, Instant start, @Nullable String name, @Nullable String sportType,
		@Nullable Long elapsedSeconds, @Nullable Long movingSeconds, @Nullable Double averageHeartRate,
		@Nullable Double maxHeartRate, @Nullable String source) {

	/**
	 * The span the intraday heart rate is read for: the elapsed time, else the moving
	 * time.
	 * @return the seconds, {@code null} when neither is known
	 */
	@Nullable Long spanSeconds() {
		return (this.elapsedSeconds != null && this.elapsedSeconds > 0) ? this.elapsedSeconds
				: positive(this.movingSeconds);
	}

	/**
	 * The duration the average heart rate stands for: the moving time, else the elapsed
	 * time.
	 * @return the seconds, {@code null} when neither is known
	 */
	@Nullable Long averagedSeconds() {
		return (this.movingSeconds != null && this.movingSeconds > 0) ? this.movingSeconds
				: positive(this.elapsedSeconds);
	}

	private static @Nullable Long positive(@Nullable Long seconds) {
		return (seconds != null && seconds > 0) ? seconds : null;
	}

}
