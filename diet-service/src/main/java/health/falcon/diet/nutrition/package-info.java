/**
 * The stored diet model: the {@code nutrition_days} and {@code body_measurements}
 * collections.
 */
@NullMarked
package health.falcon.diet.nutrition;

import org.jspecify.annotations.NullMarked;
