package health.falcon.devstack.sandbox.myfitnesspal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API host's {@code GET /v2/users/{user_id}}: needs the bearer token from
 * {@code auth_token} plus the {@code mfp-client-id: mfp-main-js} and {@code mfp-user-id}
 * headers; returns the requested {@code fields[]} (all supported ones when none are
 * named).
 */
@RestController
class MfpUsersController {

	private static final String BEARER = "bearer ";

	private final MfpSessions sessions;

	MfpUsersController(MfpSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/myfitnesspal/api/v2/users/{userId}")
	Map<String, Object> user(@PathVariable String userId,
			@RequestParam(name = "fields[]", required = false) @Nullable List<String> fields,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
			@RequestHeader(name = "mfp-client-id", required = false) @Nullable String clientId,
			@RequestHeader(name = "mfp-user-id", required = false) @Nullable String userIdHeader) {
		if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			throw MfpApiException.unauthorized("A bearer access token is required");
		}
		MfpAccount account = this.sessions.accessToken(authorization.substring(BEARER.length()).trim())
			.orElseThrow(() -> new MfpApiException(HttpStatus.UNAUTHORIZED, "invalid_token",
					"The access token is invalid or has expired"));
		if (!"mfp-main-js".equals(clientId)) {
			throw MfpApiException.unauthorized("The mfp-client-id header is missing or unknown");
		}
		if (!account.userId().equals(userIdHeader)) {
			throw MfpApiException.unauthorized("The mfp-user-id header does not match the access token");
		}
		if (!account.userId().equals(userId)) {
			throw new MfpApiException(HttpStatus.FORBIDDEN, "forbidden", "Access to another user is not allowed");
		}
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", account.userId());
		item.put("username", account.username());
		item.put("email", account.email());
		if (fields == null || fields.contains("unit_preferences")) {
			item.put("unit_preferences", units(account));
		}
		if (fields == null || fields.contains("diary_preferences")) {
			item.put("diary_preferences", Map.of("meal_names", account.mealNames(), "tracked_nutrients",
					List.of("calories", "carbohydrates", "fat", "protein", "sodium", "sugar")));
		}
		return Map.of("item", item);
	}

	private static Map<String, Object> units(MfpAccount account) {
		boolean imperial = account.weightUnit().equals("pounds");
		Map<String, Object> units = new LinkedHashMap<>();
		units.put("energy", "calories");
		units.put("weight", account.weightUnit());
		units.put("distance", imperial ? "miles" : "kilometers");
		units.put("height", imperial ? "inches" : "centimeters");
		units.put("water", imperial ? "fluid_ounces" : "milliliters");
		return units;
	}

}
