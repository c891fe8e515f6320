package health.falcon.backend.photos;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a user's photos, newest first.
 *
 * @param items the photos
 * @param nextCursor the cursor of the next page, {@code null} on the last page
 */
record PhotoList(List<Photo> items, @Nullable String nextCursor) {

}
