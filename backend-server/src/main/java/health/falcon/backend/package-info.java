/**
 * backend-server: the only API the browser calls (through the gateway).
 */
@NullMarked
package health.falcon.backend;

import org.jspecify.annotations.NullMarked;
