package health.falcon.devstack.sandbox.myfitnesspal;

/**
 * A web-host request without a live session; answered like the real site with a 302 to
 * the login page (HTML, never JSON), which is how clients detect an expired session.
 */
class SignInRequiredException extends RuntimeException {

	SignInRequiredException() {
		super("sign-in required");
	}

}
