/**
 * Devstack embedded MongoDB: a wire-compatible MongoDB server for local development.
 */
@NullMarked
package health.falcon.devstack.mongo;

import org.jspecify.annotations.NullMarked;
