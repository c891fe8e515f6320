/**
 * What every cursor-paged list shares: the query parameters, the opaque keyset cursor,
 * the keyset query and page, and the problems of a bad cursor or an unknown id.
 */
@NullMarked
package health.falcon.data.paging;

import org.jspecify.annotations.NullMarked;
