/**
 * Cross-cutting gateway configuration: security chain, session store, properties.
 */
@NullMarked
package health.falcon.gateway.config;

import org.jspecify.annotations.NullMarked;
