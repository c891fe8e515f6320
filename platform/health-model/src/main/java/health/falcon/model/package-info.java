/**
 * The normalized health data model shared by every service: unit systems and conversions,
 * measurement time frames and provenance. Plain Java, no Spring.
 */
@NullMarked
package health.falcon.model;

import org.jspecify.annotations.NullMarked;
