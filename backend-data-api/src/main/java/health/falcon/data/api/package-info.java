/**
 * The contract of backend-data: the HTTP interface backend-server calls and the records
 * backend-data answers with, defined once for both sides.
 */
@NullMarked
package health.falcon.data.api;

import org.jspecify.annotations.NullMarked;
