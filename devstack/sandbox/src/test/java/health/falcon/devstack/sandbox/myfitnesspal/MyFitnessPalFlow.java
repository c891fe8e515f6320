package health.falcon.devstack.sandbox.myfitnesspal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the emulated MyFitnessPal like diet-service's diary adapter: a pasted session
 * cookie, the auth-token bootstrap, the user endpoint and the diary page.
 */
final class MyFitnessPalFlow {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final MockMvcTester mvc;

	MyFitnessPalFlow(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	MvcTestResult login(String username, String password) {
		return this.mvc.post()
			.uri("/myfitnesspal/www/account/login")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("username", username)
			.param("password", password)
			.exchange();
	}

	/**
	 * Signs in and returns the session token (the value of {@code mfp_session}).
	 */
	String session(String username) {
		MvcTestResult result = login(username, username);
		assertThat(result).hasStatusOk();
		return result.getResponse().getCookie("mfp_session").getValue();
	}

	MvcTestResult authToken(String session) {
		return this.mvc.get()
			.uri("/myfitnesspal/www/user/auth_token?refresh=true")
			.cookie(new Cookie("mfp_session", session))
			.exchange();
	}

	MvcTestResult diary(String session, String username, String date) {
		return this.mvc.get()
			.uri("/myfitnesspal/www/food/diary/{username}", username)
			.param("date", date)
			.cookie(new Cookie("mfp_session", session))
			.exchange();
	}

	Document diaryPage(String session, String username, String date) {
		MvcTestResult result = diary(session, username, date);
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		return Jsoup.parse(text(result));
	}

	static String text(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static JsonNode body(MvcTestResult result) {
		return json.readTree(text(result));
	}

}
