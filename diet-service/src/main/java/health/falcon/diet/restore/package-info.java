/**
 * The collections diet-service restores from a {@code falcon-export} archive uploaded
 * through its import endpoint (the ingest kit's {@code health.falcon.ingest.restore}).
 */
@NullMarked
package health.falcon.diet.restore;

import org.jspecify.annotations.NullMarked;
