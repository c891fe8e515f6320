/**
 * Storage of what files yield: {@code blood_pressure} readings and
 * {@code hrv_recordings}, with idempotent natural keys.
 */
@NullMarked
package health.falcon.dropbox.store;

import org.jspecify.annotations.NullMarked;
