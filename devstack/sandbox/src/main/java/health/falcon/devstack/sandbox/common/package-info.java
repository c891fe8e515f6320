/**
 * Building blocks shared by the provider emulators: the clock, random tokens and fixed
 * usage windows.
 */
@NullMarked
package health.falcon.devstack.sandbox.common;

import org.jspecify.annotations.NullMarked;
