/**
 * Tests of the paging parts every list shares.
 */
@NullMarked
package health.falcon.data.paging;

import org.jspecify.annotations.NullMarked;
