package health.falcon.diet.diary;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;

/**
 * The calls python-myfitnesspal makes, over two {@link RestClient}s (web host and API
 * host) that do not follow redirects. Every web call sends the session cookie and a
 * desktop browser User-Agent; a redirect or a non-JSON answer where JSON is due means the
 * session is not signed in. Not an {@code @HttpExchange} interface: each call needs the
 * raw status and content type, and during a sync the clients are the run's (rate budget,
 * retries), so an instance is made per use by {@link MyFitnessPalClients}.
 */
class MyFitnessPalClient {

	private final RestClient web;

	private final RestClient api;

	private final String cookie;

	private final String userAgent;

	MyFitnessPalClient(RestClient web, RestClient api, String cookie, String userAgent) {
		this.web = web;
		this.api = api;
		this.cookie = cookie;
		this.userAgent = userAgent;
	}

	/**
	 * @return a fresh API token for the session
	 * @throws SessionRejectedException when the session is not signed in
	 */
	AuthToken authToken() {
		AuthToken token = webGet("/user/auth_token?refresh=true", MediaType.APPLICATION_JSON, (response) -> {
			requireJson(response, "the auth token");
			return response.bodyTo(AuthToken.class);
		});
		if (token == null || !token.usable()) {
			throw new SessionRejectedException("The auth token answer has no token");
		}
		return token;
	}

	/**
	 * @param token the session's API token
	 * @throws SessionRejectedException when the API refuses the token
	 */
	MyFitnessPalProfile profile(AuthToken token) {
		String userId = String.valueOf(token.userId());
		MyFitnessPalProfile.Response body = this.api.get()
			.uri("/v2/users/{id}?fields[]=diary_preferences&fields[]=unit_preferences&fields[]=goal_preferences",
					userId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token.accessToken())
			.header("mfp-client-id", "mfp-main-js")
			.header("mfp-user-id", userId)
			.header(HttpHeaders.USER_AGENT, this.userAgent)
			.accept(MediaType.APPLICATION_JSON)
			.exchange((request, response) -> {
				HttpStatusCode status = response.getStatusCode();
				if (status.value() == 401 || status.value() == 403) {
					throw new SessionRejectedException("The API refused the session's token");
				}
				requireSuccess(status, "the profile");
				return response.bodyTo(MyFitnessPalProfile.Response.class);
			});
		MyFitnessPalProfile.Item item = (body != null) ? body.item() : null;
		if (item == null || item.username() == null || item.username().isBlank()) {
			throw new MyFitnessPalUnavailableException("The profile has no username");
		}
		MyFitnessPalProfile.DiaryPreferences diary = item.diaryPreferences();
		return new MyFitnessPalProfile((item.id() != null) ? item.id() : userId, item.username(),
				(item.unitPreferences() != null) ? item.unitPreferences() : Map.of(),
				(diary != null && diary.mealNames() != null) ? diary.mealNames() : List.of(),
				(diary != null && diary.trackedNutrients() != null) ? diary.trackedNutrients() : List.of());
	}

	/**
	 * @param username the diary's owner
	 * @return the diary page's HTML
	 */
	String diary(String username, LocalDate date) {
		String html = webGet("/food/diary/{username}?date={date}", MediaType.TEXT_HTML, (response) -> {
			requireSuccess(response.getStatusCode(), "the diary page");
			return response.bodyTo(String.class);
		}, username, date);
		return (html != null) ? html : "";
	}

	/**
	 * @return the water logged in millilitres, {@code null} when the answer has none or
	 * is a 404
	 */
	@Nullable Double waterMl(LocalDate date) {
		Water water = webGet("/food/water?date={date}", MediaType.APPLICATION_JSON, (response) -> {
			if (response.getStatusCode().value() == 404) {
				// water tracking is optional; a day without it is still a diary day
				return null;
			}
			requireJson(response, "the water");
			return response.bodyTo(Water.class);
		}, date);
		return (water != null && water.item() != null) ? water.item().milliliters() : null;
	}

	private <T> @Nullable T webGet(String uri, MediaType accept, BodyReader<T> read, Object... variables) {
		return this.web.get()
			.uri(uri, variables)
			.header(HttpHeaders.COOKIE, this.cookie)
			.header(HttpHeaders.USER_AGENT, this.userAgent)
			.accept(accept)
			.exchange((request, response) -> {
				HttpStatusCode status = response.getStatusCode();
				if (status.is3xxRedirection() || status.value() == 401 || status.value() == 403) {
					throw new SessionRejectedException("MyFitnessPal answered " + status.value() + " for " + uri);
				}
				return read.read(response);
			});
	}

	private static void requireJson(ConvertibleClientHttpResponse response, String what) throws IOException {
		requireSuccess(response.getStatusCode(), what);
		MediaType type = response.getHeaders().getContentType();
		if (type == null
				|| !(type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json"))) {
			throw new SessionRejectedException("MyFitnessPal answered " + type + " for " + what);
		}
	}

	private static void requireSuccess(HttpStatusCode status, String what) {
		if (!status.is2xxSuccessful()) {
			throw new MyFitnessPalUnavailableException("MyFitnessPal answered " + status.value() + " for " + what);
		}
	}

	/**
	 * Reads a checked response.
	 *
	 * @param <T> the result
	 */
	@FunctionalInterface
	interface BodyReader<T> {

		@Nullable T read(ConvertibleClientHttpResponse response) throws IOException;

	}

	/**
	 * {@code GET /food/water} answers.
	 *
	 * @param item the day's water
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Water(@Nullable WaterItem item) {

	}

	/**
	 * The day's water.
	 *
	 * @param milliliters the amount in millilitres
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record WaterItem(@Nullable Double milliliters) {

	}

}
