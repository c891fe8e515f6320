/**
 * The {@code nutrition_days} collection (writer: diet-service, export import and diary
 * adapter): names.
 */
@NullMarked
package health.falcon.documents.nutrition;

import org.jspecify.annotations.NullMarked;
