package health.falcon.devstack.idp;

/**
 * Shared test configuration, so that integration tests reuse one cached application
 * context and never touch the developer's {@code .falcon} directory.
 */
final class IdpTestProperties {

	static final String KEY_DIR = "falcon.devstack.idp.key-dir=target/test-idp-keys";

	private IdpTestProperties() {
	}

}
