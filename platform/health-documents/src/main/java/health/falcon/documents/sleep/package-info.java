/**
 * The {@code sleep_sessions} collection (writer: fitbit-service): names and indexes.
 */
@NullMarked
package health.falcon.documents.sleep;

import org.jspecify.annotations.NullMarked;
