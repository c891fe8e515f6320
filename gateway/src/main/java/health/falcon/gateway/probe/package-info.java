/**
 * The readiness and liveness probes on the public port, for HAProxy and {@code ./run.sh}.
 */
@NullMarked
package health.falcon.gateway.probe;

import org.jspecify.annotations.NullMarked;
