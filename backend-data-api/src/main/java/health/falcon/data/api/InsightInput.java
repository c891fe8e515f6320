package health.falcon.data.api;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Stored data an insight read.
 *
 * @param data what was read, {@code blood-pressure readings}, {@code resting heart rate}
 * @param from the first local date read, {@code null} when nothing was found
 * @param to the last local date read, {@code null} when nothing was found
 * @param count how many records or days were used
 * @param sources the provenance of the records used, {@code provider/channel}
 */
public record InsightInput(String data, @Nullable LocalDate from, @Nullable LocalDate to, long count,
		List<String> sources) {

}
