/**
 * Tests of the body feature.
 */
@NullMarked
package health.falcon.backend.body;

import org.jspecify.annotations.NullMarked;
