package health.falcon.ingest.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesBindException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ExtendWith(OutputCaptureExtension.class)
class IngestPropertiesTests {

	private static final String[] SECRETS = { "falcon.ingest.encryption.active-key-id=k1",
			"falcon.ingest.encryption.keys=k1:FlTdVxL1dbk8bLBM1AR6xGBwcqa16eIe/ddOktMsDuA=",
			"falcon.ingest.state.secret=test-only-state-signing-secret-0123456789" };

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Config.class)
		.withPropertyValues(SECRETS);

	@Test
	void bindsThePublicBaseUrl() {
		this.runner.withPropertyValues("falcon.ingest.public-base-url=https://falcon.example.org")
			.run((context) -> assertThat(context.getBean(IngestProperties.class).publicBaseUrl())
				.isEqualTo("https://falcon.example.org"));
	}

	@Test
	void refusesToStartWithoutThePublicBaseUrl(CapturedOutput output) {
		SpringApplication application = new SpringApplicationBuilder(Config.class).web(WebApplicationType.NONE)
			.properties(SECRETS)
			.build();
		assertThatExceptionOfType(ConfigurationPropertiesBindException.class).isThrownBy(application::run);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("is required: set falcon.ingest.public-base-url (FALCON_INGEST_PUBLIC_BASE_URL)");
	}

	@Test
	void refusesToStartWithABlankPublicBaseUrl() {
		this.runner.withPropertyValues("falcon.ingest.public-base-url= ")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("falcon.ingest.public-base-url"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(IngestProperties.class)
	@ImportAutoConfiguration(ValidationAutoConfiguration.class)
	static class Config {

	}

}
