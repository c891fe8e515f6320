package health.falcon.ingest.account;

import java.util.Map;

import health.falcon.kit.security.CurrentUser;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code DELETE /account/data}: erases everything this service keeps of the signed-in
 * user and answers what it removed, per collection. Called by backend-server with the
 * user's own token when the account is deleted; the user is always the token's subject.
 */
@RestController
class AccountController {

	private final AccountErasure erasure;

	AccountController(AccountErasure erasure) {
		this.erasure = erasure;
	}

	@DeleteMapping("/account/data")
	Map<String, Long> erase(CurrentUser user) {
		return this.erasure.erase(user.id());
	}

}
