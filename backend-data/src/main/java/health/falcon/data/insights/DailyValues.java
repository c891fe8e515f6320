package health.falcon.data.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * A {@link DailySignal}'s values.
 *
 * @param byDate the value of each local date that has one, in date order
 * @param sources the provenance of the stored values used, {@code provider/channel}
 */
public record DailyValues(SortedMap<LocalDate, Double> byDate, List<String> sources) {

}
