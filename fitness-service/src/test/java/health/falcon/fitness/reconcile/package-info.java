/**
 * Tests of health.falcon.fitness.reconcile.
 */
@NullMarked
package health.falcon.fitness.reconcile;

import org.jspecify.annotations.NullMarked;
