/**
 * The {@code photos} collection and the GridFS bucket {@code photo_files} (writer:
 * backend-server): names and indexes.
 */
@NullMarked
package health.falcon.documents.photos;

import org.jspecify.annotations.NullMarked;
