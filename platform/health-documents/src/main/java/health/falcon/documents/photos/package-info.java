/**
 * The stored shape of the user's photos (backend-server's media, GridFS).
 */
@NullMarked
package health.falcon.documents.photos;

import org.jspecify.annotations.NullMarked;
