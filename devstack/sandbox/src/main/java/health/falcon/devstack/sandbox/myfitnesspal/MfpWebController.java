package health.falcon.devstack.sandbox.myfitnesspal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import health.falcon.devstack.sandbox.common.RandomTokens;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web host's session routes: the auth-token bootstrap, the HTML food diary and the
 * water log. Each needs a live {@code mfp_session} cookie, else 302 to the login page.
 */
@RestController
class MfpWebController {

	private final MfpSessions sessions;

	private final DiaryGenerator diaries;

	private final MyFitnessPalProperties properties;

	private final Clock clock;

	MfpWebController(MfpSessions sessions, DiaryGenerator diaries, MyFitnessPalProperties properties, Clock clock) {
		this.sessions = sessions;
		this.diaries = diaries;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/myfitnesspal/www/user/auth_token")
	Map<String, Object> authToken(
			@CookieValue(name = MfpLoginController.COOKIE, required = false) @Nullable String session) {
		MfpAccount account = signedIn(session);
		Map<String, Object> token = new LinkedHashMap<>();
		token.put("token_type", "Bearer");
		token.put("access_token", this.sessions.issueAccessToken(account));
		token.put("expires_in", this.properties.accessTokenTimeToLive().toSeconds());
		token.put("refresh_token", RandomTokens.hex(32));
		token.put("user_id", account.userId());
		return token;
	}

	@GetMapping("/myfitnesspal/www/food/diary/{username}")
	ResponseEntity<String> diary(@PathVariable String username, @RequestParam(required = false) @Nullable String date,
			@CookieValue(name = MfpLoginController.COOKIE, required = false) @Nullable String session) {
		MfpAccount account = signedIn(session);
		String page;
		if (!account.username().equals(username) || account.access() == MfpAccount.Access.PRIVATE) {
			page = DiaryPage.privateDiary(username);
		}
		else if (account.access() == MfpAccount.Access.LOCKED) {
			page = DiaryPage.lockedDiary(username);
		}
		else {
			page = DiaryPage.diary(username, this.diaries.day(account, day(date), today()), account);
		}
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page);
	}

	@GetMapping("/myfitnesspal/www/food/water")
	Map<String, Object> water(@RequestParam(required = false) @Nullable String date,
			@CookieValue(name = MfpLoginController.COOKIE, required = false) @Nullable String session) {
		MfpAccount account = signedIn(session);
		int milliliters = this.diaries.day(account, day(date), today()).waterMilliliters();
		return Map.of("item", Map.of("milliliters", milliliters));
	}

	private MfpAccount signedIn(@Nullable String session) {
		return this.sessions.session(session).orElseThrow(SignInRequiredException::new);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.properties.data().zone());
	}

	private LocalDate day(@Nullable String date) {
		if (date == null || date.isBlank()) {
			return today();
		}
		try {
			return LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("date must be YYYY-MM-DD");
		}
	}

}
