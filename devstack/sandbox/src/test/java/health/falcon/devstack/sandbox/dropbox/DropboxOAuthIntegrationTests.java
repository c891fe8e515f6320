package health.falcon.devstack.sandbox.dropbox;

import java.time.Duration;
import java.util.Map;

import health.falcon.devstack.sandbox.common.RedirectQuery;
import health.falcon.devstack.sandbox.common.TestClock;
import health.falcon.devstack.sandbox.oauth.Pkce;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static health.falcon.devstack.sandbox.dropbox.DropboxFlow.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dropbox OAuth emulation: the authorize page, single-use codes, PKCE, refresh without
 * rotation, expiry and revocation.
 */
@DropboxSandboxTest
class DropboxOAuthIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestClock clock;

	private DropboxFlow flow;

	@BeforeEach
	void setUp() {
		this.clock.set(TestClock.START);
		this.flow = new DropboxFlow(this.mvc);
	}

	@Test
	void authorizePageOffersTheSandboxAccountsWithAllowAndCancel() throws Exception {
		MvcTestResult result = this.mvc.get()
			.uri("/dropbox/oauth2/authorize")
			.param("client_id", DropboxFlow.APP_KEY)
			.param("response_type", "code")
			.param("redirect_uri", DropboxFlow.REDIRECT_URI)
			.param("state", "xyz")
			.param("token_access_type", "offline")
			.param("code_challenge", Pkce.s256(DropboxFlow.VERIFIER))
			.param("code_challenge_method", "S256")
			.exchange();
		assertThat(result).hasStatusOk();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("form[method=post]")).hasSize(1);
		assertThat(page.select("input[type=radio][name=account]")).extracting((e) -> e.attr("value"))
			.containsExactly("demo", "alex");
		assertThat(page.select("input[name=account][checked]").attr("value")).isEqualTo("demo");
		assertThat(page.select("button")).extracting((e) -> e.text()).containsExactly("Allow");
		Map<String, String> cancel = RedirectQuery.of(page.select("a").attr("href"));
		assertThat(cancel).containsEntry("error", "access_denied").containsEntry("state", "xyz");
		assertThat(page.select("input[name=code_challenge]").attr("value")).isEqualTo(Pkce.s256(DropboxFlow.VERIFIER));
	}

	@Test
	void authorizeRefusesUnknownClientAndForeignRedirectWithoutRedirecting() {
		assertThat(this.mvc.get()
			.uri("/dropbox/oauth2/authorize?client_id=other&response_type=code&redirect_uri="
					+ DropboxFlow.REDIRECT_URI)
			.exchange()).hasStatus(400).bodyText().contains("Invalid client_id");
		assertThat(this.mvc.get()
			.uri("/dropbox/oauth2/authorize")
			.param("client_id", DropboxFlow.APP_KEY)
			.param("response_type", "code")
			.param("redirect_uri", "https://evil.invalid/cb")
			.exchange()).hasStatus(400).bodyText().contains("Invalid redirect_uri");
	}

	@Test
	void codeExchangeReturnsDropboxTokenShapeAndCodesAreSingleUse() {
		Map<String, String> redirect = this.flow.allow("alex", false);
		assertThat(redirect).containsEntry("state", "st-1").containsKey("code");
		MvcTestResult first = this.flow.exchangeWithSecret(redirect.get("code"));
		assertThat(first).hasStatusOk();
		JsonNode token = body(first);
		assertThat(token.get("token_type").asString()).isEqualTo("bearer");
		assertThat(token.get("expires_in").asInt()).isEqualTo(14400);
		assertThat(token.get("scope").asString()).isEqualTo("files.metadata.read files.content.read");
		assertThat(token.get("account_id").asString()).isEqualTo(DropboxAccounts.ALEX.accountId());
		assertThat(token.get("uid").asString()).isEqualTo("100002");
		assertThat(token.get("refresh_token").asString()).hasSize(64);
		MvcTestResult again = this.flow.exchangeWithSecret(redirect.get("code"));
		assertThat(again).hasStatus(400);
		assertThat(body(again).get("error").asString()).isEqualTo("invalid_grant");
	}

	@Test
	void pkceNeedsTheRightVerifierAndNoSecret() {
		String code = this.flow.allow("demo", true).get("code");
		MvcTestResult wrong = this.flow.exchangeWithPkce(code, "not-the-verifier-not-the-verifier-not-the-verifier");
		assertThat(wrong).hasStatus(400);
		assertThat(body(wrong).get("error").asString()).isEqualTo("invalid_grant");
		String fresh = this.flow.allow("demo", true).get("code");
		JsonNode token = body(this.flow.exchangeWithPkce(fresh, DropboxFlow.VERIFIER));
		assertThat(token.get("account_id").asString()).isEqualTo(DropboxAccounts.DEMO.accountId());
	}

	@Test
	void withoutPkceTheSecretIsRequired() {
		String code = this.flow.allow("demo", false).get("code");
		MvcTestResult result = this.flow.exchangeWithPkce(code, DropboxFlow.VERIFIER);
		assertThat(result).hasStatus(400);
		assertThat(body(result).get("error").asString()).isEqualTo("invalid_client");
	}

	@Test
	void wrongSecretIsInvalidClient() {
		MvcTestResult result = this.mvc.post()
			.uri("/dropbox/oauth2/token")
			.header("Authorization", DropboxFlow.basic(DropboxFlow.APP_KEY, "wrong"))
			.param("grant_type", "refresh_token")
			.param("refresh_token", "x")
			.exchange();
		assertThat(result).hasStatus(400);
		assertThat(body(result).get("error").asString()).isEqualTo("invalid_client");
	}

	@Test
	void expiredAccessTokenIsRefreshedWithoutRotatingTheRefreshToken() {
		JsonNode token = this.flow.connect("demo");
		String refreshToken = token.get("refresh_token").asString();
		this.clock.advance(Duration.ofHours(4));
		MvcTestResult expired = this.flow.rpc("users/get_current_account", token.get("access_token").asString(),
				"null");
		assertThat(expired).hasStatus(401);
		assertThat(body(expired).get("error").get(".tag").asString()).isEqualTo("expired_access_token");
		assertThat(body(expired).get("error_summary").asString()).startsWith("expired_access_token/");
		JsonNode refreshed = body(this.flow.refresh(refreshToken));
		assertThat(refreshed.has("refresh_token")).isFalse();
		assertThat(refreshed.get("token_type").asString()).isEqualTo("bearer");
		assertThat(refreshed.get("expires_in").asInt()).isEqualTo(14400);
		assertThat(this.flow.refresh(refreshToken)).hasStatusOk();
		JsonNode account = body(
				this.flow.rpc("users/get_current_account", refreshed.get("access_token").asString(), "null"));
		assertThat(account.get("account_id").asString()).isEqualTo(DropboxAccounts.DEMO.accountId());
		assertThat(account.get("name").get("display_name").asString()).isEqualTo("Dana Demo");
	}

	@Test
	void revokeEndsTheAccessAndRefreshTokens() {
		JsonNode token = this.flow.connect("demo");
		String accessToken = token.get("access_token").asString();
		String other = body(this.flow.refresh(token.get("refresh_token").asString())).get("access_token").asString();
		MvcTestResult revoked = this.mvc.post()
			.uri("/dropbox/api/2/auth/token/revoke")
			.header("Authorization", "Bearer " + accessToken)
			.exchange();
		assertThat(revoked).hasStatusOk().bodyText().isEqualTo("null");
		MvcTestResult after = this.flow.rpc("users/get_current_account", accessToken, "null");
		assertThat(after).hasStatus(401);
		assertThat(body(after).get("error").get(".tag").asString()).isEqualTo("invalid_access_token");
		assertThat(this.flow.rpc("users/get_current_account", other, "null")).hasStatus(401);
		MvcTestResult refresh = this.flow.refresh(token.get("refresh_token").asString());
		assertThat(refresh).hasStatus(400);
		assertThat(body(refresh).get("error").asString()).isEqualTo("invalid_grant");
	}

	@Test
	void missingAuthorizationIsBadInputInPlainText() {
		MvcTestResult result = this.mvc.post()
			.uri("/dropbox/api/2/users/get_current_account")
			.contentType("application/json")
			.content("null")
			.exchange();
		assertThat(result).hasStatus(400).bodyText().startsWith("Error in call to API function");
		assertThat(result.getResponse().getContentType()).startsWith("text/plain");
	}

}
