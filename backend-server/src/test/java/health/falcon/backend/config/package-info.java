/**
 * Tests of the cross-cutting configuration: HTTP caching and the OpenAPI description.
 */
@NullMarked
package health.falcon.backend.config;

import org.jspecify.annotations.NullMarked;
