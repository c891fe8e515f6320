/**
 * Photos the user uploads ({@code /api/media}): checked by their bytes, stripped of
 * metadata, stored with a thumbnail in the GridFS bucket {@code photo_files}, described
 * in the {@code photos} collection.
 */
@NullMarked
package health.falcon.backend.photos;

import org.jspecify.annotations.NullMarked;
