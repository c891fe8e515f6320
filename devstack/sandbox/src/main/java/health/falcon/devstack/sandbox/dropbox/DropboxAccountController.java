package health.falcon.devstack.sandbox.dropbox;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The no-argument RPC routes {@code users/get_current_account} and
 * {@code auth/token/revoke} (body {@code null}).
 */
@RestController
class DropboxAccountController {

	private final ApiAccess access;

	private final DropboxOAuth oauth;

	DropboxAccountController(ApiAccess access, DropboxOAuth oauth) {
		this.access = access;
		this.oauth = oauth;
	}

	@PostMapping("/dropbox/api/2/users/get_current_account")
	Map<String, Object> currentAccount(@RequestBody(required = false) @Nullable String body,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String contentType,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		String route = "users/get_current_account";
		DropboxAccount account = this.access.authenticate(route, authorization);
		RpcArguments.parse(route, body, contentType);
		Map<String, Object> name = new LinkedHashMap<>();
		name.put("given_name", account.givenName());
		name.put("surname", account.surname());
		name.put("familiar_name", account.givenName());
		name.put("display_name", account.displayName());
		name.put("abbreviated_name", account.givenName().substring(0, 1) + account.surname().substring(0, 1));
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("account_id", account.accountId());
		result.put("name", name);
		result.put("email", account.email());
		result.put("email_verified", true);
		result.put("disabled", false);
		result.put("country", "DE");
		result.put("locale", "en");
		result.put("is_paired", false);
		result.put("account_type", Map.of(".tag", "basic"));
		result.put("root_info", Map.of(".tag", "user", "root_namespace_id", String.valueOf(account.uid() * 10),
				"home_namespace_id", String.valueOf(account.uid() * 10)));
		return result;
	}

	@PostMapping("/dropbox/api/2/auth/token/revoke")
	ResponseEntity<String> revoke(@RequestBody(required = false) @Nullable String body,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String contentType,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		String route = "auth/token/revoke";
		String token = this.access.token(route, authorization);
		this.oauth.authenticate(token);
		RpcArguments.parse(route, body, contentType);
		this.oauth.revoke(token);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body("null");
	}

}
