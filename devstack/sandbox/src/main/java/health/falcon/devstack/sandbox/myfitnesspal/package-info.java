/**
 * Emulated MyFitnessPal web and API hosts ({@code /myfitnesspal}) as the community client
 * reads them: cookie sessions, the auth-token bootstrap, the user endpoint, and the HTML
 * food diary with a year of seeded meals.
 */
@NullMarked
package health.falcon.devstack.sandbox.myfitnesspal;

import org.jspecify.annotations.NullMarked;
