package health.falcon.fitbit.googlehealth;

/**
 * A data point that lacks or garbles a field the mapping needs; it is quarantined and the
 * rest of its page goes on. The message is the quarantine reason (no health values).
 */
class UnmappableDataPointException extends RuntimeException {

	UnmappableDataPointException(String reason) {
		super(reason);
	}

}
