/**
 * The collections dropbox-ingest restores from a {@code falcon-export} archive uploaded
 * through its import endpoint (the ingest kit's {@code health.falcon.ingest.restore}).
 */
@NullMarked
package health.falcon.dropbox.restore;

import org.jspecify.annotations.NullMarked;
