package health.falcon.data.precedence;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code falcon.data.precedence.*}: diary before export by default, any order when set,
 * and never an empty list.
 */
class PrecedencePropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Properties.class);

	@Test
	void putsTheDiaryBeforeTheExportByDefault() {
		this.runner.run((context) -> assertThat(context.getBean(PrecedenceProperties.class).nutrition())
			.containsExactly(NutritionChannel.DIARY, NutritionChannel.EXPORT));
	}

	@Test
	void bindsAConfiguredOrder() {
		this.runner.withPropertyValues("falcon.data.precedence.nutrition=export,diary")
			.run((context) -> assertThat(context.getBean(PrecedenceProperties.class).nutrition())
				.containsExactly(NutritionChannel.EXPORT, NutritionChannel.DIARY));
	}

	@Test
	void refusesAnUnknownChannel() {
		this.runner.withPropertyValues("falcon.data.precedence.nutrition=fitbit")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PrecedenceProperties.class)
	static class Properties {

	}

}
