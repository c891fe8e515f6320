/**
 * The {@code body_measurements} collection (writer: diet-service): names.
 */
@NullMarked
package health.falcon.documents.body;

import org.jspecify.annotations.NullMarked;
