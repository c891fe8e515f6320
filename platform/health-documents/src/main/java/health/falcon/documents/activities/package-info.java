/**
 * The {@code activities} collection (writer: fitness-service): names, the read record and
 * the natural-key index.
 */
@NullMarked
package health.falcon.documents.activities;

import org.jspecify.annotations.NullMarked;
