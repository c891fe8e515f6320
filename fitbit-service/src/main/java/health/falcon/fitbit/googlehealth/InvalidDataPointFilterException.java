package health.falcon.fitbit.googlehealth;

/**
 * Google Health refused a {@code dataPoints.list} filter (400 {@code INVALID_ARGUMENT}
 * with a reason such as {@code INVALID_DATA_POINT_FILTER_DATA_TYPE_MEMBER}): the
 * connector used a member the data type's record type does not support. This is a bug,
 * not a transient fault, so the run fails with a message naming the data type and the
 * reason.
 */
class InvalidDataPointFilterException extends RuntimeException {

	InvalidDataPointFilterException(String dataType, String reason, Throwable cause) {
		super("Google Health refused the " + dataType + " filter (" + reason + ")", cause);
	}

}
