/**
 * Lifecycle and configuration of the embedded mongo-java-server with its H2 (MVStore)
 * backend.
 */
@NullMarked
package health.falcon.devstack.mongo.server;

import org.jspecify.annotations.NullMarked;
