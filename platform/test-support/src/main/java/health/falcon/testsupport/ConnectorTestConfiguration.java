package health.falcon.testsupport;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The beans a connector service's {@code @SpringBootTest} replaces: a
 * {@link MutableClock} (primary, so the service's own clock steps aside), a
 * {@link RecordingSleeper} that moves it instead of sleeping, and a decoder that accepts
 * {@link TestJwts} tokens. Import it and autowire the clock and the sleeper; set the
 * clock in {@code @BeforeEach}, since a cached context keeps them across test classes.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ConnectorTestConfiguration {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(Instant.EPOCH);
	}

	@Bean
	RecordingSleeper testSleeper(MutableClock testClock) {
		return new RecordingSleeper(testClock);
	}

	@Bean
	JwtDecoder jwtDecoder() {
		return TestJwts.signatureOnlyDecoder();
	}

}
