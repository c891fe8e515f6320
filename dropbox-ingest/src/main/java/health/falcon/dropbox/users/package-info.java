/**
 * What this service reads about its users from other services' collections (the profile
 * zone from backend-server's {@code user_settings}).
 */
@NullMarked
package health.falcon.dropbox.users;

import org.jspecify.annotations.NullMarked;
