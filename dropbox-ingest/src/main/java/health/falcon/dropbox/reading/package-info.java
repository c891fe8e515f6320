/**
 * Robust, streamed reading of uploaded text files: charset and BOM detection, line
 * endings, delimiter detection and quoted CSV fields, with bounded memory.
 */
@NullMarked
package health.falcon.dropbox.reading;

import org.jspecify.annotations.NullMarked;
