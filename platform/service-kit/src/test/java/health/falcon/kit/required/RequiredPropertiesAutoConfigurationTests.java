package health.falcon.kit.required;

import java.util.Map;

import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

class RequiredPropertiesAutoConfigurationTests {

	private static final String MONGODB_URI = "spring.mongodb.uri=mongodb://db.internal:27017/falcon";

	private static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri=https://id.example.org";

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RequiredPropertiesAutoConfiguration.class))
		.withPropertyValues("spring.application.name=sample-service");

	@Test
	void startsWhenTheDatabaseAndTheIssuerAreConfigured() {
		this.runner.withPropertyValues(MONGODB_URI, ISSUER_URI).run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void startsWithTheEnvironmentVariablesTheFailureNames() {
		Map<String, Object> variables = Map.of("SPRING_MONGODB_URI", "mongodb://db.internal:27017/falcon",
				"SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", "https://id.example.org",
				"SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_FALCON_TOKEN_URI", "https://id.example.org/oauth2/token");
		this.runner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource("test-environment", variables)))
			.withPropertyValues("spring.security.oauth2.client.registration.falcon-ingest.provider=falcon")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void refusesToStartWithoutTheMongoUri() {
		this.runner.withPropertyValues(ISSUER_URI)
			.run(failsWith("Falcon sample-service needs spring.mongodb.uri (SPRING_MONGODB_URI)"));
	}

	@Test
	void refusesToStartWithABlankMongoUri() {
		this.runner.withPropertyValues(ISSUER_URI, "spring.mongodb.uri= ")
			.run(failsWith("Falcon sample-service needs spring.mongodb.uri (SPRING_MONGODB_URI)"));
	}

	@Test
	void refusesToStartWithoutTheIssuer() {
		this.runner.withPropertyValues(MONGODB_URI)
			.run(failsWith("Falcon sample-service needs spring.security.oauth2.resourceserver.jwt.issuer-uri "
					+ "(SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI)"));
	}

	@Test
	void namesEveryMissingPropertyAtOnce() {
		this.runner.run(failsWith("Falcon sample-service needs spring.mongodb.uri (SPRING_MONGODB_URI), "
				+ "spring.security.oauth2.resourceserver.jwt.issuer-uri "
				+ "(SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI)"));
	}

	@Test
	void acceptsAJwkSetUriInsteadOfTheIssuer() {
		this.runner
			.withPropertyValues(MONGODB_URI,
					"spring.security.oauth2.resourceserver.jwt.jwk-set-uri=https://id.example.org/jwks")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void needsNoIssuerWhenTheServiceDeclaresItsOwnDecoder() {
		this.runner.withPropertyValues(MONGODB_URI).withBean(JwtDecoder.class, () -> (token) -> {
			throw new BadJwtException("test decoder");
		}).run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void needsNoMongoUriWithoutTheDriver() {
		this.runner.withClassLoader(new FilteredClassLoader(MongoClient.class))
			.withPropertyValues(ISSUER_URI)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void needsNoIssuerOutsideAResourceServer() {
		this.runner.withClassLoader(new FilteredClassLoader(JwtAuthenticationToken.class))
			.withPropertyValues(MONGODB_URI)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void refusesToStartWithAClientWhoseProviderHasNoTokenUri() {
		this.runner.withPropertyValues(MONGODB_URI, ISSUER_URI,
				"spring.security.oauth2.client.registration.falcon-ingest.provider=falcon",
				"spring.security.oauth2.client.registration.falcon-ingest.authorization-grant-type=client_credentials")
			.run(failsWith("Falcon sample-service needs spring.security.oauth2.client.provider.falcon.token-uri "
					+ "(SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_FALCON_TOKEN_URI)"));
	}

	@Test
	void startsWithAClientWhoseProviderHasATokenUriOrAnIssuer() {
		this.runner
			.withPropertyValues(MONGODB_URI, ISSUER_URI,
					"spring.security.oauth2.client.registration.falcon-ingest.provider=falcon",
					"spring.security.oauth2.client.provider.falcon.token-uri=https://id.example.org/oauth2/token",
					"spring.security.oauth2.client.registration.other.provider=other",
					"spring.security.oauth2.client.provider.other.issuer-uri=https://other.example.org")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void leavesTheProvidersSpringSecurityKnowsAlone() {
		this.runner
			.withPropertyValues(MONGODB_URI, ISSUER_URI,
					"spring.security.oauth2.client.registration.google.client-id=id")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void checksNothingInAReactiveApplication() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(RequiredPropertiesAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed());
	}

	private static ContextConsumer<AssertableWebApplicationContext> failsWith(String message) {
		return (context) -> assertThat(context).getFailure()
			.isInstanceOf(MissingRequiredPropertiesException.class)
			.hasMessage(message);
	}

}
