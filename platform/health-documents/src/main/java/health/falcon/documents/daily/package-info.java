/**
 * The {@code daily_activity} collection (writer: fitbit-service): names and indexes.
 */
@NullMarked
package health.falcon.documents.daily;

import org.jspecify.annotations.NullMarked;
