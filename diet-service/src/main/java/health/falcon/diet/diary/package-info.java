/**
 * The MyFitnessPal diary adapter (experimental): a connection with the user's web session
 * cookie, the diary HTML parser, and the ingest-kit connector that writes the diary part
 * of {@code nutrition_days}.
 */
@NullMarked
package health.falcon.diet.diary;

import org.jspecify.annotations.NullMarked;
