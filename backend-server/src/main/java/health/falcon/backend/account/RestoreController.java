package health.falcon.backend.account;

import java.io.IOException;
import java.io.InputStream;

import health.falcon.kit.security.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/me/restore}: restores a {@code falcon-export} archive (the body, as
 * {@code application/zip}, not multipart) into the signed-in user, in backend-server and
 * every ingest service, and answers 202 with what each did.
 */
@RestController
class RestoreController {

	private final AccountRestore restore;

	RestoreController(AccountRestore restore) {
		this.restore = restore;
	}

	@PostMapping(path = "/api/me/restore", consumes = "application/zip")
	ResponseEntity<AccountRestore.Report> restore(CurrentUser user, InputStream body) throws IOException {
		return ResponseEntity.accepted().body(this.restore.restore(user.id(), body));
	}

}
