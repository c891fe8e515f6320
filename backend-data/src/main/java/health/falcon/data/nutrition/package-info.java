/**
 * The user's nutrition days as diet-service stores them, both channels (export and
 * diary): {@code GET /nutrition/days} and {@code GET /nutrition/days/{date}}. Read only.
 */
@NullMarked
package health.falcon.data.nutrition;

import org.jspecify.annotations.NullMarked;
