package health.falcon.kit.sample;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A JWT decoder for tests against the running sample application: the bearer token is the
 * subject, and a token starting with {@code invalid} is refused.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestTokenConfiguration {

	@Bean
	JwtDecoder testJwtDecoder() {
		return (token) -> {
			if (token.startsWith("invalid")) {
				throw new BadJwtException("Malformed token");
			}
			return Jwt.withTokenValue(token)
				.header("alg", "none")
				.subject(token)
				.issuedAt(Instant.now())
				.expiresAt(Instant.now().plusSeconds(60))
				.build();
		};
	}

}
