package health.falcon.ingest.oauth;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a callback, shown to the user on the frontend's connections page through
 * the {@code provider}, {@code result} and {@code reason} query parameters.
 *
 * @param result {@code connected}, {@code denied} or {@code error}
 * @param reason a slug for errors: {@code invalid-state}, {@code missing-scope},
 * {@code provider-error}, {@code token-exchange-failed}
 */
record ConnectResult(String result, @Nullable String reason) {

	static final ConnectResult CONNECTED = new ConnectResult("connected", null);

	static final ConnectResult DENIED = new ConnectResult("denied", null);

	static ConnectResult error(String reason) {
		return new ConnectResult("error", reason);
	}

}
