/**
 * What a service's own code (webhook handlers, import endpoints) calls on the ingest kit.
 */
@NullMarked
package health.falcon.ingest.api;

import org.jspecify.annotations.NullMarked;
