package health.falcon.devstack.sandbox.myfitnesspal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The web host's sign-in: the login form, and the post that sets the {@code mfp_session}
 * cookie (path {@code /myfitnesspal}) and shows the text to paste into Falcon Health.
 */
@Controller
class MfpLoginController {

	static final String COOKIE = "mfp_session";

	private final MfpSessions sessions;

	private final MyFitnessPalProperties properties;

	MfpLoginController(MfpSessions sessions, MyFitnessPalProperties properties) {
		this.sessions = sessions;
		this.properties = properties;
	}

	@GetMapping(path = WebPages.LOGIN_PATH, produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> form() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(WebPages.login(null));
	}

	@PostMapping(path = WebPages.LOGIN_PATH, produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> login(@RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String password) {
		String token = this.sessions.login(username, password).orElse(null);
		if (token == null) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.contentType(MediaType.TEXT_HTML)
				.body(WebPages.login("Incorrect username or password. Please try again."));
		}
		ResponseCookie cookie = ResponseCookie.from(COOKIE, token)
			.path("/myfitnesspal")
			.httpOnly(true)
			.sameSite("Lax")
			.maxAge(this.properties.sessionTimeToLive())
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_HTML)
			.header(HttpHeaders.SET_COOKIE, cookie.toString())
			.body(WebPages.signedIn(username, token));
	}

}
