/**
 * Tests of the MyFitnessPal diary adapter: parser samples and fuzz tests, the session
 * endpoint and the sync against WireMock.
 */
@NullMarked
package health.falcon.diet.diary;

import org.jspecify.annotations.NullMarked;
