package health.falcon.kit.release;

import java.util.Properties;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.server.WebFilter;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseAutoConfigurationTests {

	private final WebApplicationContextRunner servlet = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ReleaseAutoConfiguration.class));

	private final ReactiveWebApplicationContextRunner reactive = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ReleaseAutoConfiguration.class));

	@Test
	void defaultsToDevOnLocal() {
		this.servlet
			.run((context) -> assertThat(context.getBean(Release.class)).isEqualTo(new Release("dev", "local")));
	}

	@Test
	void fallsBackToTheBuildVersion() {
		Properties build = new Properties();
		build.setProperty("version", "0.1.0-SNAPSHOT");
		this.servlet.withBean(BuildProperties.class, () -> new BuildProperties(build))
			.run((context) -> assertThat(context.getBean(Release.class).version()).isEqualTo("0.1.0-SNAPSHOT"));
	}

	@Test
	void prefersTheConfiguredRelease() {
		this.servlet.withPropertyValues("falcon.release.colour=blue", "falcon.release.version=2.0.0")
			.run((context) -> assertThat(context.getBean(Release.class)).isEqualTo(new Release("2.0.0", "blue")));
	}

	@Test
	void rejectsAnInvalidColour() {
		this.servlet.withPropertyValues("falcon.release.colour=blue green")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void contributesReleaseToInfo() {
		this.servlet.withPropertyValues("falcon.release.colour=green").run((context) -> {
			Info.Builder builder = new Info.Builder();
			context.getBean(InfoContributor.class).contribute(builder);
			assertThat(builder.build().get("release")).asInstanceOf(InstanceOfAssertFactories.MAP)
				.containsEntry("colour", "green")
				.containsEntry("version", "dev");
		});
	}

	@Test
	void registersAServletFilterInServletApplications() {
		this.servlet.run((context) -> {
			assertThat(context).hasSingleBean(FilterRegistrationBean.class);
			assertThat(context).doesNotHaveBean(WebFilter.class);
		});
	}

	@Test
	void registersAWebFilterInReactiveApplications() {
		this.reactive.run((context) -> {
			assertThat(context).hasSingleBean(WebFilter.class);
			assertThat(context).doesNotHaveBean(FilterRegistrationBean.class);
		});
	}

}
