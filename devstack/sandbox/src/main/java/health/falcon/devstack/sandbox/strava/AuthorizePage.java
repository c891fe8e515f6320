package health.falcon.devstack.sandbox.strava;

import java.util.Set;

import health.falcon.devstack.sandbox.oauth.AuthorizeForm;
import health.falcon.devstack.sandbox.oauth.AuthorizePages;
import org.jspecify.annotations.Nullable;

/**
 * Strava's authorize page and its error page: the requested scopes as ticked checkboxes,
 * the athletes to connect as (the first preselected), one "Authorize" button and a
 * "Cancel" link; the request travels in hidden fields, the scopes comma-separated.
 */
final class AuthorizePage {

	private static final AuthorizePages pages = new AuthorizePages("Strava", "30rem",
			"an emulated Strava with synthetic data");

	private final StravaProperties properties;

	AuthorizePage(StravaProperties properties) {
		this.properties = properties;
	}

	String form(Request request) {
		String app = this.properties.applicationName();
		return pages.form(AuthorizeForm.post("/strava/oauth/authorize")
			.title("Authorize " + app)
			.heading("Authorize " + app)
			.intro(app + " would like to connect to your Strava account.")
			.hidden("client_id", request.clientId())
			.hidden("redirect_uri", request.redirectUri())
			.hidden("response_type", "code")
			.hidden("approval_prompt", (request.approvalPrompt() != null) ? request.approvalPrompt() : "auto")
			.hidden("requested_scope", Scopes.format(request.scopes()))
			.hiddenIfPresent("state", request.state())
			.checkboxes("Permissions", "scope", request.scopes())
			.radios("Connect as", "athlete_id", this.properties.athletes(), (athlete) -> String.valueOf(athlete.id()),
					(athlete) -> athlete.displayName() + " (athlete " + athlete.id() + ")")
			.submit("Authorize")
			.cancel(request.cancelUrl())
			.build());
	}

	String error(String message) {
		return pages.alert("Bad Request", "Bad Request", message);
	}

	/**
	 * A validated authorization request.
	 *
	 * @param redirectUri where the answer goes
	 * @param scopes the scopes requested
	 * @param state the client's state, or {@code null}
	 * @param approvalPrompt {@code auto} or {@code force}, or {@code null}
	 * @param cancelUrl the redirect that denies access
	 */
	record Request(String clientId, String redirectUri, Set<String> scopes, @Nullable String state,
			@Nullable String approvalPrompt, String cancelUrl) {

	}

}
