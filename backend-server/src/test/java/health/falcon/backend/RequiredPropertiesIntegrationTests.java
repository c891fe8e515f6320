package health.falcon.backend;

import java.util.ArrayList;
import java.util.List;

import health.falcon.testsupport.InMemoryMongo;
import health.falcon.testsupport.LocalRuns;
import health.falcon.testsupport.StartupFailures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * backend-server refuses to start without each property that has no default outside the
 * devstack, and the failure names it with its environment variable.
 */
class RequiredPropertiesIntegrationTests {

	private static final InMemoryMongo mongo = InMemoryMongo.start();

	@AfterAll
	static void stop() {
		mongo.close();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					spring.mongodb.uri | Falcon backend-server needs spring.mongodb.uri (SPRING_MONGODB_URI)
					spring.security.oauth2.resourceserver.jwt.issuer-uri | Falcon backend-server needs spring.security.oauth2.resourceserver.jwt.issuer-uri (SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI)
					spring.http.serviceclient.backend-data.base-url | spring.http.serviceclient.backend-data.base-url is required: set FALCON_SERVICES_BACKEND_DATA
					spring.http.serviceclient.fitness-service.base-url | spring.http.serviceclient.fitness-service.base-url is required: set FALCON_SERVICES_FITNESS_SERVICE
					spring.http.serviceclient.fitbit-service.base-url | spring.http.serviceclient.fitbit-service.base-url is required: set FALCON_SERVICES_FITBIT_SERVICE
					spring.http.serviceclient.diet-service.base-url | spring.http.serviceclient.diet-service.base-url is required: set FALCON_SERVICES_DIET_SERVICE
					spring.http.serviceclient.dropbox-ingest.base-url | spring.http.serviceclient.dropbox-ingest.base-url is required: set FALCON_SERVICES_DROPBOX_INGEST
					""")
	void refusesToStartWithout(String property, String message) {
		assertThat(StartupFailures.without(BackendServerApplication.class, settings(), property))
			.hasStackTraceContaining(message);
	}

	private static List<String> settings() {
		List<String> settings = new ArrayList<>(LocalRuns.DEVSTACK_SETTINGS);
		settings.addAll(List.of("--spring.mongodb.uri=" + mongo.uri("falcon"), "--server.port=0",
				"--spring.http.serviceclient.backend-data.base-url=http://localhost:8082"));
		return settings;
	}

}
