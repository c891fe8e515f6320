package health.falcon.devstack.sandbox.dropbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sandbox-only control routes under {@code /dropbox/sandbox} (not Dropbox API; no
 * authentication, loopback devstack only): change an account's files as if its user had
 * used Dropbox, reset to the seed, register the webhook URI, and arm the rate-limit
 * fault.
 */
@RestController
class DropboxSandboxController {

	private static final String BASE = "/dropbox/sandbox";

	private final DropboxFiles store;

	private final DropboxAccounts accounts;

	private final DropboxWebhooks webhooks;

	private final RateLimitFaults faults;

	DropboxSandboxController(DropboxFiles store, DropboxAccounts accounts, DropboxWebhooks webhooks,
			RateLimitFaults faults) {
		this.store = store;
		this.accounts = accounts;
		this.webhooks = webhooks;
		this.faults = faults;
	}

	@PutMapping(BASE + "/files")
	Map<String, Object> put(@RequestParam(defaultValue = "demo") String account, @RequestParam String path,
			@RequestBody(required = false) byte @Nullable [] body) {
		AccountFiles files = files(account);
		try {
			return this.store.put(files, checked(path), (body != null) ? body : new byte[0]).toJson(true);
		}
		catch (IllegalArgumentException ex) {
			throw new SandboxRequestException(HttpStatus.CONFLICT, ex.getMessage());
		}
	}

	@DeleteMapping(BASE + "/files")
	Map<String, Object> delete(@RequestParam(defaultValue = "demo") String account, @RequestParam String path) {
		return this.store.delete(files(account), checked(path))
			.orElseThrow(() -> DropboxApiException.path("not_found"))
			.toJson(true);
	}

	@GetMapping(BASE + "/files")
	List<Map<String, Object>> list(@RequestParam(defaultValue = "demo") String account) {
		return files(account).liveEntries().stream().map((entry) -> entry.toJson(true)).toList();
	}

	@PostMapping(BASE + "/reset")
	Map<String, Object> reset(@RequestParam(required = false) @Nullable String account) {
		List<DropboxAccount> chosen = (account != null) ? List.of(known(account)) : this.accounts.all();
		chosen.forEach(this.store::reset);
		return Map.of("reset", chosen.stream().map(DropboxAccount::username).toList());
	}

	@PostMapping(BASE + "/webhook")
	Map<String, Object> registerWebhook(@RequestParam String uri) {
		this.webhooks.register(uri);
		return webhook();
	}

	@DeleteMapping(BASE + "/webhook")
	Map<String, Object> disableWebhook() {
		this.webhooks.disable();
		return webhook();
	}

	@GetMapping(BASE + "/webhook")
	Map<String, Object> webhook() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("uri", this.webhooks.uri());
		state.put("enabled", this.webhooks.uri() != null);
		state.put("deliveries", this.webhooks.deliveries());
		return state;
	}

	@PostMapping(BASE + "/faults/too-many-requests")
	Map<String, Object> armTooManyRequests(@RequestParam int count, @RequestParam(defaultValue = "1") int retryAfter) {
		if (count < 0 || retryAfter < 0 || retryAfter > 300) {
			throw new SandboxRequestException(HttpStatus.BAD_REQUEST,
					"count must not be negative and retryAfter must be 0 to 300 seconds");
		}
		this.faults.arm(count, retryAfter);
		return this.faults.state();
	}

	@GetMapping(BASE + "/faults/too-many-requests")
	Map<String, Object> tooManyRequests() {
		return this.faults.state();
	}

	private AccountFiles files(String account) {
		return this.store.of(known(account));
	}

	private DropboxAccount known(String account) {
		return this.accounts.byUsername(account)
			.orElseThrow(() -> new SandboxRequestException(HttpStatus.NOT_FOUND, "Unknown account: " + account));
	}

	private static String checked(String path) {
		if (!path.startsWith("/") || path.endsWith("/") || path.contains("//")) {
			throw new SandboxRequestException(HttpStatus.BAD_REQUEST,
					"path must start with / and must not end with / or contain //");
		}
		return path;
	}

}
