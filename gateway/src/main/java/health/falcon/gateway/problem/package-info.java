/**
 * RFC 9457 problem+json responses written by the gateway itself.
 */
@NullMarked
package health.falcon.gateway.problem;

import org.jspecify.annotations.NullMarked;
