package health.falcon.kit.release;

/**
 * The resolved release identity of the running service.
 *
 * @param version the effective version
 * @param colour the deployment colour
 */
record Release(String version, String colour) {

	static final String HEADER = "X-Falcon-Release";

	String headerValue() {
		return this.version + "/" + this.colour;
	}

}
