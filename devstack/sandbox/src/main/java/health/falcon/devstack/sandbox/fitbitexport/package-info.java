/**
 * Fitbit export ZIP generator: a deterministic legacy ({@code MyFitbitData/...}) or
 * Takeout ({@code Takeout/Fitbit/...}) archive with {@code Global Export Data} JSON
 * files, as a command-line main and as
 * {@code GET /google-health/sandbox/fitbit-export.zip}.
 */
@NullMarked
package health.falcon.devstack.sandbox.fitbitexport;

import org.jspecify.annotations.NullMarked;
