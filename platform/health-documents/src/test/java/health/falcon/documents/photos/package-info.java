/**
 * Tests of the {@code photos} names and indexes.
 */
@NullMarked
package health.falcon.documents.photos;

import org.jspecify.annotations.NullMarked;
