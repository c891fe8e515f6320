package health.falcon.devstack.mongo.server;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMongoPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(PropertiesConfiguration.class);

	@Test
	void defaultsToTheStandardPortOnLoopback() {
		this.runner.withPropertyValues("falcon.devstack.mongo.data-dir=build/mongo").run((context) -> {
			EmbeddedMongoProperties properties = context.getBean(EmbeddedMongoProperties.class);
			assertThat(properties.port()).isEqualTo(27017);
			assertThat(properties.bindAddress()).isEqualTo("127.0.0.1");
			assertThat(properties.storeFile()).isEqualTo(Path.of("build/mongo/falcon.mv"));
		});
	}

	@Test
	void rejectsAPortOutOfRange() {
		this.runner.withPropertyValues("falcon.devstack.mongo.data-dir=build/mongo", "falcon.devstack.mongo.port=70000")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void requiresADataDirectory() {
		this.runner.run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(EmbeddedMongoProperties.class)
	static class PropertiesConfiguration {

	}

}
