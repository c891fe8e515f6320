/**
 * Tests of the request body limits.
 */
@NullMarked
package health.falcon.kit.web;

import org.jspecify.annotations.NullMarked;
