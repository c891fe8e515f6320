package health.falcon.devstack.sandbox.strava;

import java.time.Clock;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import tools.jackson.databind.annotation.JsonNaming;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Strava's token endpoint ({@code POST /oauth/token}, also under {@code /api/v3} as in
 * Strava's swagger) for the {@code authorization_code} and {@code refresh_token} grants,
 * and {@code POST /oauth/deauthorize}.
 */
@RestController
class TokenController {

	private final OAuthTokens tokens;

	private final StravaProperties properties;

	private final Clock clock;

	TokenController(OAuthTokens tokens, StravaProperties properties, Clock clock) {
		this.tokens = tokens;
		this.properties = properties;
		this.clock = clock;
	}

	@PostMapping({ "/strava/oauth/token", "/strava/api/v3/oauth/token" })
	TokenResponse token(@RequestParam("client_id") String clientId, @RequestParam("client_secret") String clientSecret,
			@RequestParam("grant_type") String grantType, @RequestParam(required = false) @Nullable String code,
			@RequestParam(name = "refresh_token", required = false) @Nullable String refreshToken) {
		ClientCredentials.check(this.properties, clientId, clientSecret);
		return switch (grantType) {
			case "authorization_code" -> response(this.tokens.exchangeCode(required(code, "code")), true);
			case "refresh_token" -> response(this.tokens.refresh(required(refreshToken, "refresh_token")), false);
			default -> throw new StravaFaultException(HttpStatus.BAD_REQUEST,
					Fault.badRequest("RequestParameter", "grant_type", "invalid"));
		};
	}

	@PostMapping("/strava/oauth/deauthorize")
	Map<String, String> deauthorize(@RequestParam(name = "access_token", required = false) @Nullable String accessToken,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		String token = (accessToken != null) ? accessToken : BearerToken.from(authorization);
		OAuthTokens.Grant grant = this.tokens.authenticate(token);
		this.tokens.revokeAthlete(grant.athleteId());
		return Map.of("access_token", String.valueOf(token));
	}

	private TokenResponse response(OAuthTokens.Issued issued, boolean withAthlete) {
		long expiresAt = issued.expiresAt().getEpochSecond();
		long expiresIn = Math.max(0, expiresAt - this.clock.instant().getEpochSecond());
		TokenAthlete athlete = withAthlete ? this.properties.findAthlete(issued.athleteId())
			.map((a) -> new TokenAthlete(a.id(), 2, a.firstname(), a.lastname()))
			.orElse(null) : null;
		return new TokenResponse("Bearer", expiresAt, expiresIn, issued.refreshToken(), issued.accessToken(), athlete);
	}

	private static String required(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new StravaFaultException(HttpStatus.BAD_REQUEST,
					Fault.badRequest("RequestParameter", name, "missing"));
		}
		return value;
	}

	/**
	 * Strava's token response; {@code athlete} only comes with the code exchange.
	 *
	 * @param tokenType always {@code Bearer}
	 * @param expiresAt absolute expiry, epoch seconds
	 * @param expiresIn seconds until expiry
	 * @param refreshToken the new refresh token (the previous one is now invalid)
	 * @param athlete the summary athlete, or {@code null} on refresh
	 */
	@JsonNaming(SnakeCaseStrategy.class)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TokenResponse(String tokenType, long expiresAt, long expiresIn, String refreshToken, String accessToken,
			@Nullable TokenAthlete athlete) {

	}

	/**
	 * The athlete in a token response.
	 *
	 * @param resourceState 2 (summary)
	 */
	@JsonNaming(SnakeCaseStrategy.class)
	record TokenAthlete(long id, int resourceState, String firstname, String lastname) {

	}

}
