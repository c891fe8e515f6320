/**
 * Tests of the proxies' configuration with the real binaries on loopback ports.
 */
@NullMarked
package health.falcon.k8s.proxy;

import org.jspecify.annotations.NullMarked;
