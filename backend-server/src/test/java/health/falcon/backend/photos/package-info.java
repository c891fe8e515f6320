/**
 * Tests of photo uploads, storage and the abuse cases.
 */
@NullMarked
package health.falcon.backend.photos;

import org.jspecify.annotations.NullMarked;
