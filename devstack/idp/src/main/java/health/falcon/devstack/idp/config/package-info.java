/**
 * Cross-cutting web security: the authorization server and application filter chains.
 */
@NullMarked
package health.falcon.devstack.idp.config;

import org.jspecify.annotations.NullMarked;
