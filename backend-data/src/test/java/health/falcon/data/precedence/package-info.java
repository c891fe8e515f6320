/**
 * Tests of the channel precedence.
 */
@NullMarked
package health.falcon.data.precedence;

import org.jspecify.annotations.NullMarked;
