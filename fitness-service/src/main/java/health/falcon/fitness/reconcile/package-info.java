/**
 * Reconciliation of deletions Strava did not announce: weekly over every connection and
 * on demand for the signed-in user.
 */
@NullMarked
package health.falcon.fitness.reconcile;

import org.jspecify.annotations.NullMarked;
