/**
 * diet-service: nutrition diary data, starting with the MyFitnessPal export import.
 */
@NullMarked
package health.falcon.diet;

import org.jspecify.annotations.NullMarked;
