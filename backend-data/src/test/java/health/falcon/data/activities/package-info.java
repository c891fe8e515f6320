/**
 * Tests of the activities feature.
 */
@NullMarked
package health.falcon.data.activities;

import org.jspecify.annotations.NullMarked;
