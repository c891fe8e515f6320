package health.falcon.kit.required;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import health.falcon.kit.sample.SampleApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ExtendWith(OutputCaptureExtension.class)
class MissingRequiredPropertiesFailureAnalyzerTests {

	@Test
	void listsEachPropertyWithItsEnvironmentVariable() {
		MissingRequiredPropertiesException failure = new MissingRequiredPropertiesException("diet-service",
				List.of(RequiredProperty.of("spring.mongodb.uri"), RequiredProperty.of("falcon.a-b.c")));
		FailureAnalysis analysis = new MissingRequiredPropertiesFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).startsWith(
				"Falcon diet-service needs spring.mongodb.uri (SPRING_MONGODB_URI), falcon.a-b.c (FALCON_A_B_C)");
		assertThat(analysis.getAction()).contains("./run.sh");
	}

	@Test
	void reportsTheMissingPropertyWhenARealApplicationRefusesToStart(CapturedOutput output) {
		SpringApplication application = new SpringApplication(SampleApplication.class);
		assertThatExceptionOfType(MissingRequiredPropertiesException.class).isThrownBy(() -> application
			.run("--server.port=0", "--spring.application.name=sample-service", "--spring.mongodb.uri="));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Falcon sample-service needs spring.mongodb.uri (SPRING_MONGODB_URI)");
	}

}
