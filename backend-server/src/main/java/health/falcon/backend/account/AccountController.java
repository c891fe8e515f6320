package health.falcon.backend.account;

import java.util.Map;

import health.falcon.kit.security.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code DELETE /api/me?confirm=<sub>}: deletes the signed-in user's account data in
 * every service. The confirmation must be the caller's own user id (the token's subject),
 * so that a stray request, or one naming another user, deletes nothing.
 */
@RestController
class AccountController {

	private final AccountErasure erasure;

	AccountController(AccountErasure erasure) {
		this.erasure = erasure;
	}

	@DeleteMapping("/api/me")
	Erased delete(CurrentUser user, @RequestParam(required = false) @Nullable String confirm) {
		if (!user.id().equals(confirm)) {
			throw new ConfirmationRequiredException();
		}
		return new Erased(this.erasure.erase(user.id()));
	}

	/**
	 * What was removed.
	 *
	 * @param removed per service, per collection, the documents (or files) removed
	 */
	record Erased(Map<String, Map<String, Long>> removed) {
	}

}
