package health.falcon.data.insights.bloodpressure;

import java.time.LocalDate;

/**
 * One day of the home-monitoring week.
 *
 * @param date the local date
 * @param day its number in the week, 1 to 7
 * @param discarded whether its readings are left out of the average (day 1)
 * @param morning how many readings were taken in the morning
 * @param evening how many readings were taken in the evening
 */
record ProtocolDay(LocalDate date, int day, boolean discarded, int morning, int evening) {

}
