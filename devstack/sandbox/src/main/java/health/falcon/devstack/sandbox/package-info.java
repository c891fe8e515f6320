/**
 * Devstack provider sandbox: emulated third-party provider APIs, one package per
 * provider.
 */
@NullMarked
package health.falcon.devstack.sandbox;

import org.jspecify.annotations.NullMarked;
