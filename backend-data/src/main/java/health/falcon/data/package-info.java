/**
 * backend-data: the one service that reads stored health data, for backend-server.
 */
@NullMarked
package health.falcon.data;

import org.jspecify.annotations.NullMarked;
