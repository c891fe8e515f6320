package health.falcon.devstack.sandbox.strava;

import org.springframework.http.HttpStatus;

/**
 * A Strava API call that fails with {@code status} and a {@link Fault} body.
 */
class StravaFaultException extends RuntimeException {

	private final HttpStatus status;

	private final Fault fault;

	StravaFaultException(HttpStatus status, Fault fault) {
		super(fault.message(), null, false, false);
		this.status = status;
		this.fault = fault;
	}

	HttpStatus status() {
		return this.status;
	}

	Fault fault() {
		return this.fault;
	}

}
