/**
 * The kit's typed configuration ({@code falcon.ingest.*}) and its auto-configuration.
 */
@NullMarked
package health.falcon.ingest.config;

import org.jspecify.annotations.NullMarked;
