/**
 * The {@code user_settings} collection (writer: backend-server), read by every service
 * that needs the user's profile zone or unit system.
 */
@NullMarked
package health.falcon.documents.settings;

import org.jspecify.annotations.NullMarked;
