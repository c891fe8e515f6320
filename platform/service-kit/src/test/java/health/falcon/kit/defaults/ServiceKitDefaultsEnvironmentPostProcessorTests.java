package health.falcon.kit.defaults;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceKitDefaultsEnvironmentPostProcessorTests {

	private final ServiceKitDefaultsEnvironmentPostProcessor processor = new ServiceKitDefaultsEnvironmentPostProcessor();

	@Test
	void addsSharedDefaultsAtTheLowestPrecedence() {
		StandardEnvironment environment = new StandardEnvironment();
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getPropertySources().stream().reduce((first, second) -> second))
			.hasValueSatisfying((source) -> assertThat(source.getName()).isEqualTo("falcon-service-kit-defaults"));
		assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
			.isEqualTo("health,info,prometheus");
		assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
		assertThat(environment.getProperty("management.tracing.propagation.type")).isEqualTo("W3C");
		assertThat(environment.getProperty("logging.structured.format.console")).isNull();
	}

	@Test
	void yieldsToApplicationProperties() {
		MockEnvironment environment = new MockEnvironment().withProperty("server.shutdown", "immediate");
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("server.shutdown")).isEqualTo("immediate");
	}

	@Test
	void leavesTheMongoUriToTheDeployment() {
		StandardEnvironment environment = new StandardEnvironment();
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.mongodb.uri")).isNull();
	}

	@Test
	void switchesToJsonLogsInTheKubernetesProfile() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("k8s");
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
	}

	@Test
	void mirrorsTheProbesOnTheMainPortOfServletServicesOnly() {
		MockEnvironment servlet = new MockEnvironment();
		SpringApplication servletApplication = new SpringApplication();
		servletApplication.setWebApplicationType(WebApplicationType.SERVLET);
		this.processor.postProcessEnvironment(servlet, servletApplication);
		assertThat(servlet.getProperty("management.endpoint.health.probes.add-additional-paths")).isEqualTo("true");
		MockEnvironment reactive = new MockEnvironment();
		SpringApplication reactiveApplication = new SpringApplication();
		reactiveApplication.setWebApplicationType(WebApplicationType.REACTIVE);
		this.processor.postProcessEnvironment(reactive, reactiveApplication);
		assertThat(reactive.getProperty("management.endpoint.health.probes.add-additional-paths")).isNull();
	}

}
