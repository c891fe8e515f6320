package health.falcon.data.heartrate;

import java.time.LocalDate;

import health.falcon.documents.heartrate.MinuteRollups;
import org.jspecify.annotations.Nullable;

/**
 * One {@code heart_rate_days} document as this service reads it.
 *
 * @param day the local day of the document
 * @param rollups the decoded per-minute rollups
 * @param samples the packed samples, {@code null} unless asked for
 * @param source the latest writer's {@code provider/channel}, or {@code null}
 */
record StoredDay(LocalDate day, MinuteRollups rollups, byte @Nullable [] samples, @Nullable String source) {

}
