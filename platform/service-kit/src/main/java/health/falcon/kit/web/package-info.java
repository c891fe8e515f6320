/**
 * Request body limits: every servlet request body is bounded before anything parses it.
 */
@NullMarked
package health.falcon.kit.web;

import org.jspecify.annotations.NullMarked;
