/**
 * The user's Dropbox settings ({@code dropbox_settings}): which folder is watched.
 */
@NullMarked
package health.falcon.dropbox.settings;

import org.jspecify.annotations.NullMarked;
