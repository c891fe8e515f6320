package health.falcon.dropbox;

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
 * dropbox-ingest refuses to start without each property that has no default outside the
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
					spring.mongodb.uri | Falcon dropbox-ingest needs spring.mongodb.uri (SPRING_MONGODB_URI)
					spring.security.oauth2.resourceserver.jwt.issuer-uri | Falcon dropbox-ingest needs spring.security.oauth2.resourceserver.jwt.issuer-uri (SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI)
					falcon.ingest.public-base-url | is required: set falcon.ingest.public-base-url (FALCON_INGEST_PUBLIC_BASE_URL)
					spring.security.oauth2.client.provider.falcon.token-uri | Falcon dropbox-ingest needs spring.security.oauth2.client.provider.falcon.token-uri (SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_FALCON_TOKEN_URI)
					spring.http.serviceclient.diet-service.base-url | spring.http.serviceclient.diet-service.base-url is required: set FALCON_SERVICES_DIET_SERVICE
					spring.http.serviceclient.fitbit-service.base-url | spring.http.serviceclient.fitbit-service.base-url is required: set FALCON_SERVICES_FITBIT_SERVICE
					""")
	void refusesToStartWithout(String property, String message) {
		assertThat(StartupFailures.without(DropboxIngestApplication.class, settings(), property))
			.hasStackTraceContaining(message);
	}

	private static List<String> settings() {
		List<String> settings = new ArrayList<>(LocalRuns.DEVSTACK_SETTINGS);
		settings.addAll(LocalRuns.ingestKitDemoSettings("--falcon.ingest.providers.dropbox.client-id=falcon-local",
				"--falcon.ingest.providers.dropbox.client-secret=falcon-local-secret",
				"--spring.security.oauth2.client.provider.falcon.token-uri=http://localhost:9000/oauth2/token",
				"--spring.http.serviceclient.diet-service.base-url=http://localhost:8084",
				"--spring.http.serviceclient.fitbit-service.base-url=http://localhost:8085"));
		settings.addAll(List.of("--spring.mongodb.uri=" + mongo.uri("falcon"), "--server.port=0",
				"--spring.quartz.auto-startup=false"));
		return settings;
	}

}
