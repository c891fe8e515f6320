/**
 * Tests of the activities feature.
 */
@NullMarked
package health.falcon.backend.activities;

import org.jspecify.annotations.NullMarked;
