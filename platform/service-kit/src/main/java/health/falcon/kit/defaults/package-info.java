/**
 * Low-precedence property defaults shared by every service (actuator, shutdown, MongoDB,
 * tracing, logs).
 */
@NullMarked
package health.falcon.kit.defaults;

import org.jspecify.annotations.NullMarked;
