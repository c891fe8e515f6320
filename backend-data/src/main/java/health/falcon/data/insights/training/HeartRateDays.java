package health.falcon.data.insights.training;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * The summaries of a user's stored heart-rate days that the estimates need.
 *
 * @param resting the resting heart rate of each day that has one, bpm
 * @param maxima the highest per-minute maximum of each day with samples, bpm
 * @param sources the provenance of the resting heart rates, {@code provider/channel}
 */
record HeartRateDays(SortedMap<LocalDate, Integer> resting, SortedMap<LocalDate, Integer> maxima,
		List<String> sources) {

}
