/**
 * Devstack demo users: in-memory accounts and their profile claims (demo credentials
 * only).
 */
@NullMarked
package health.falcon.devstack.idp.users;

import org.jspecify.annotations.NullMarked;
