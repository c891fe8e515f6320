/**
 * The kit's typed configuration ({@code falcon.ingest.*}), read by the feature packages
 * below the kit's auto-configuration. It depends on none of them.
 */
@NullMarked
package health.falcon.ingest.config;

import org.jspecify.annotations.NullMarked;
