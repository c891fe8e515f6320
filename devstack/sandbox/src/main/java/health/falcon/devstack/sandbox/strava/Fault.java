package health.falcon.devstack.sandbox.strava;

import java.util.List;

/**
 * Strava's error body: a message and the errors that caused it. The emulator answers with
 * this shape rather than a ProblemDetail because the connectors parse Strava's.
 *
 * @param message summary such as "Bad Request" or "Authorization Error"
 * @param errors the individual errors
 */
record Fault(String message, List<Error> errors) {

	static Fault of(String message, String resource, String field, String code) {
		return new Fault(message, List.of(new Error(resource, field, code)));
	}

	static Fault invalidToken() {
		return of("Authorization Error", "Athlete", "access_token", "invalid");
	}

	static Fault missingPermission(String permission) {
		return of("Authorization Error", "AccessToken", permission + "_permission", "missing");
	}

	static Fault notFound(String resource) {
		return of("Record Not Found", resource, "id", "invalid");
	}

	static Fault badRequest(String resource, String field, String code) {
		return of("Bad Request", resource, field, code);
	}

	/**
	 * One error of a {@link Fault}.
	 *
	 * @param resource the resource concerned, e.g. {@code AccessToken}
	 * @param field the field concerned
	 * @param code what is wrong, e.g. {@code invalid} or {@code missing}
	 */
	record Error(String resource, String field, String code) {

	}

}
