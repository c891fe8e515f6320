/**
 * The deterministic synthetic person behind the health emulators and the export
 * generator: zones (home, trip, daylight saving), daily plans, sleep, minute activity and
 * per-second heart rate, all drawn from a seed so the API and an export describe the same
 * days.
 */
@NullMarked
package health.falcon.devstack.sandbox.common.synthetic;

import org.jspecify.annotations.NullMarked;
