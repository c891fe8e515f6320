/**
 * The registry of this service's provider connectors and their configuration.
 */
@NullMarked
package health.falcon.ingest.provider;

import org.jspecify.annotations.NullMarked;
