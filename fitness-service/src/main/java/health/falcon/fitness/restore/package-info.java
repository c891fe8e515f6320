/**
 * fitness-service's restore of a {@code falcon-export} archive: it imports no files of
 * its own, so it declares a restore-only reader
 * ({@code POST /api/connections/strava/imports} takes only the archive) and the
 * collection it restores, {@code activities}.
 */
@NullMarked
package health.falcon.fitness.restore;

import org.jspecify.annotations.NullMarked;
