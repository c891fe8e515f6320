/**
 * Release identity (colour and version) in /actuator/info and the X-Falcon-Release
 * header.
 */
@NullMarked
package health.falcon.kit.release;

import org.jspecify.annotations.NullMarked;
