/**
 * Tests of backend-data's cross-cutting beans.
 */
@NullMarked
package health.falcon.data.config;

import org.jspecify.annotations.NullMarked;
