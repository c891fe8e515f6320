package health.falcon.kit.problem;

/**
 * One entry of a validation problem's {@code errors} extension property.
 *
 * @param field the offending field or parameter, in request terms
 * @param message why it was rejected
 */
record FieldViolation(String field, String message) {

}
