/**
 * The {@code heart_rate_days} collection (writer: fitbit-service): names, and the packed
 * sample and per-minute rollup codecs that writer and readers must agree on byte for
 * byte.
 */
@NullMarked
package health.falcon.documents.heartrate;

import org.jspecify.annotations.NullMarked;
