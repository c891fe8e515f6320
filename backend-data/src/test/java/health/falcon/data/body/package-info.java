/**
 * Tests of the body feature.
 */
@NullMarked
package health.falcon.data.body;

import org.jspecify.annotations.NullMarked;
