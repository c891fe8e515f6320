/**
 * Tests of the start-up checks for required properties.
 */
@NullMarked
package health.falcon.kit.required;

import org.jspecify.annotations.NullMarked;
