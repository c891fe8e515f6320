/**
 * Tests of the me feature.
 */
@NullMarked
package health.falcon.backend.me;

import org.jspecify.annotations.NullMarked;
