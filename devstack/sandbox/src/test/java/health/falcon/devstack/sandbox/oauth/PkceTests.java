package health.falcon.devstack.sandbox.oauth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PkceTests {

	// RFC 7636, appendix B
	private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

	private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

	@Test
	void s256IsTheUnpaddedBase64UrlSha256OfTheVerifier() {
		assertThat(Pkce.s256(VERIFIER)).isEqualTo(CHALLENGE);
	}

	@Test
	void verifiesS256AndPlainChallenges() {
		assertThat(Pkce.verifies(CHALLENGE, "S256", VERIFIER)).isTrue();
		assertThat(Pkce.verifies(VERIFIER, "plain", VERIFIER)).isTrue();
	}

	@Test
	void refusesAWrongVerifierOrMethod() {
		assertThat(Pkce.verifies(CHALLENGE, "S256", VERIFIER + "x")).isFalse();
		assertThat(Pkce.verifies(CHALLENGE, "plain", VERIFIER)).isFalse();
		assertThat(Pkce.verifies(VERIFIER, "S256", VERIFIER)).isFalse();
	}

}
