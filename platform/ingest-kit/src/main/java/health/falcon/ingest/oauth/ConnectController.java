package health.falcon.ingest.oauth;

import java.net.URI;

import health.falcon.kit.security.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The browser side of the connect flow. Both endpoints are navigations, so they answer
 * with 302 redirects: to the provider, and back to the frontend's connections page with
 * the outcome ({@code result=connected|denied|error&reason=...}) rather than a JSON
 * problem the browser would show raw. An unknown provider, or one that connects with a
 * user credential rather than OAuth, is still a 404 problem.
 */
@RestController
@RequestMapping("/api/connections/{provider}")
class ConnectController {

	private final ConnectFlow flow;

	ConnectController(ConnectFlow flow) {
		this.flow = flow;
	}

	@GetMapping("/authorize")
	ResponseEntity<Void> authorize(@PathVariable String provider, CurrentUser user) {
		return redirect(this.flow.authorize(user.id(), provider));
	}

	@GetMapping("/callback")
	ResponseEntity<Void> callback(@PathVariable String provider, CurrentUser user,
			@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String scope,
			@RequestParam(required = false) @Nullable String error) {
		return redirect(this.flow.callback(user.id(), provider, new CallbackParameters(code, state, scope, error)));
	}

	private static ResponseEntity<Void> redirect(URI location) {
		return ResponseEntity.status(HttpStatus.FOUND).location(location).build();
	}

}
