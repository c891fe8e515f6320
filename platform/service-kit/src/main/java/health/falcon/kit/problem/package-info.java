/**
 * RFC 9457 problem+json for every error: stable type URIs, one controller advice, the
 * /error replacement.
 */
@NullMarked
package health.falcon.kit.problem;

import org.jspecify.annotations.NullMarked;
