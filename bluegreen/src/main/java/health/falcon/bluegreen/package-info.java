/**
 * The {@code bluegreen} command-line tool: reads and switches the blue/green colours of
 * the Falcon Health services on Kubernetes through the fabric8 client ({@code status},
 * {@code deploy}, {@code promote}, {@code rollback}, {@code finish}), with exit codes a
 * pipeline acts on.
 */
@NullMarked
package health.falcon.bluegreen;

import org.jspecify.annotations.NullMarked;
