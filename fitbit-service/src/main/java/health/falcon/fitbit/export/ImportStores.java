package health.falcon.fitbit.export;

import health.falcon.fitbit.daily.DailyActivityStore;
import health.falcon.fitbit.heartrate.HeartRateStore;
import health.falcon.fitbit.sleep.SleepStore;

/**
 * The stores an import writes to.
 *
 * @param heartRate intraday and resting heart rate
 * @param sleep sleep sessions
 * @param daily daily activity totals
 */
record ImportStores(HeartRateStore heartRate, SleepStore sleep, DailyActivityStore daily) {

}
