/**
 * The user-scoped {@code /api/connections/{provider}} endpoints.
 */
@NullMarked
package health.falcon.ingest.web;

import org.jspecify.annotations.NullMarked;
