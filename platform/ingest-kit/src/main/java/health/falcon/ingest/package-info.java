/**
 * The ingest kit's auto-configuration, which wires the feature packages below it and is
 * imported by none of them.
 */
@NullMarked
package health.falcon.ingest;

import org.jspecify.annotations.NullMarked;
