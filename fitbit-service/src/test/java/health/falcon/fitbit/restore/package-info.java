/**
 * Tests of fitbit-service's restore declarations.
 */
@NullMarked
package health.falcon.fitbit.restore;

import org.jspecify.annotations.NullMarked;
