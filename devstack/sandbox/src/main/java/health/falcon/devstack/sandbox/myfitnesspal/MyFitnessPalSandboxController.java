package health.falcon.devstack.sandbox.myfitnesspal;

import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sandbox-only control routes under {@code /myfitnesspal/sandbox} (not MyFitnessPal; no
 * authentication, loopback devstack only).
 */
@RestController
class MyFitnessPalSandboxController {

	private final MfpSessions sessions;

	private final MfpAccounts accounts;

	MyFitnessPalSandboxController(MfpSessions sessions, MfpAccounts accounts) {
		this.sessions = sessions;
		this.accounts = accounts;
	}

	@PostMapping("/myfitnesspal/sandbox/sessions/expire")
	Map<String, Object> expire(@RequestParam String username) {
		if (this.accounts.byUsername(username).isEmpty()) {
			throw new IllegalArgumentException("Unknown username: " + username);
		}
		return Map.of("username", username, "expired", this.sessions.expire(username));
	}

}
