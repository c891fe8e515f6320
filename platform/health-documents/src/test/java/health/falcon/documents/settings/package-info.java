/**
 * Tests of the user_settings reader.
 */
@NullMarked
package health.falcon.documents.settings;

import org.jspecify.annotations.NullMarked;
