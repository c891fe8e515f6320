/**
 * Test support: a controllable clock and a sleeper that moves it.
 */
@NullMarked
package health.falcon.fitbit.support;

import org.jspecify.annotations.NullMarked;
