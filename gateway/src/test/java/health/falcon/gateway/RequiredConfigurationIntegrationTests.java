package health.falcon.gateway;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * No production default points at localhost: a gateway started without the provider's
 * issuer, a service's URL or the login cookie key refuses to start, and the failure
 * report names the missing property.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequiredConfigurationIntegrationTests {

	@ParameterizedTest
	@ValueSource(strings = { "spring.security.oauth2.client.provider.falcon.issuer-uri",
			"falcon.services.backend-server", "falcon.services.fitness-service", "falcon.services.fitbit-service",
			"falcon.services.diet-service", "falcon.services.dropbox-ingest", "falcon.gateway.login.key" })
	void refusesToStartWithoutARequiredPropertyAndNamesIt(String property, CapturedOutput output) {
		List<String> arguments = arguments(property, null);

		assertThatException().isThrownBy(() -> start(arguments));

		assertThat(output).contains("APPLICATION FAILED TO START").contains(property);
	}

	@Test
	void refusesToStartWithAMalformedLoginKey(CapturedOutput output) {
		List<String> arguments = arguments("falcon.gateway.login.key", "too-short");

		assertThatException().isThrownBy(() -> start(arguments));

		assertThat(output).contains("falcon.gateway.login.key").contains("32 random bytes").doesNotContain("too-short");
	}

	@Test
	void refusesToStartWithAnIssuerThatIsNoUrl(CapturedOutput output) {
		List<String> arguments = arguments("spring.security.oauth2.client.provider.falcon.issuer-uri",
				"localhost:9000");

		assertThatException().isThrownBy(() -> start(arguments));

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("spring.security.oauth2.client.provider.falcon.issuer-uri");
	}

	@Test
	void startsWithEveryRequiredPropertySet() {
		try (ConfigurableApplicationContext context = start(arguments("falcon.release.colour", "blue"))) {
			assertThat(context.isRunning()).isTrue();
		}
	}

	private static List<String> arguments(String property, @Nullable String value) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0"));
		arguments.addAll(StubServers.arguments());
		arguments.removeIf((argument) -> argument.startsWith("--" + property + "="));
		if (value != null) {
			arguments.add("--" + property + "=" + value);
		}
		return arguments;
	}

	private static ConfigurableApplicationContext start(List<String> arguments) {
		return new SpringApplicationBuilder(GatewayApplication.class).run(arguments.toArray(String[]::new));
	}

}
