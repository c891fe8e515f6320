package health.falcon.ingest.oauth;

import org.jspecify.annotations.Nullable;

/**
 * The query parameters of the provider's redirect back to the callback.
 *
 * @param code the authorization code
 * @param state the signed state
 * @param scope the granted scopes, where the provider reports them here (Strava)
 * @param error the OAuth error, for example {@code access_denied}
 */
public record CallbackParameters(@Nullable String code, @Nullable String state, @Nullable String scope,
		@Nullable String error) {

	@Override
	public String toString() {
		return "CallbackParameters[scope=" + this.scope + ", error=" + this.error + "]";
	}

}
