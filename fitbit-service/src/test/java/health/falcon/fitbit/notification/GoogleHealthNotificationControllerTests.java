package health.falcon.fitbit.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

import health.falcon.fitbit.config.FitbitProperties;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.timeout;

@WebMvcTest(controllers = GoogleHealthNotificationController.class,
		properties = "falcon.fitbit.notifications.secret=Bearer s3cr3t")
@Import({ NotificationService.class, NotificationAuthenticator.class,
		GoogleHealthNotificationControllerTests.Properties.class })
class GoogleHealthNotificationControllerTests {

	private static final KeyPair keys = ecKeyPair();

	private static final String NOTIFICATION = """
			{"data":{"version":"1","clientProvidedSubscriptionName":"my-sub-1","healthUserId":"1234567890",
			 "dataType":"steps","operation":"UPSERT",
			 "intervals":[{"physicalTimeInterval":{"startTime":"2026-11-10T06:00:00Z","endTime":"2026-11-10T06:15:00Z"},
			   "civilIso8601TimeInterval":{"startTime":"2026-11-10T07:00:00","endTime":"2026-11-10T07:15:00"},
			   "civilDateTimeInterval":{"startDateTime":{"date":{"year":2026,"month":11,"day":10}},
			                            "endDateTime":{"date":{"year":2026,"month":11,"day":10}}}}]}}
			""";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private NotificationHandler handler;

	@DynamicPropertySource
	static void publicKey(DynamicPropertyRegistry registry) {
		registry.add("falcon.fitbit.notifications.public-key",
				() -> Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
	}

	@Test
	void answersTheVerificationWithTheSecret201() {
		assertThat(post("{\"type\": \"verification\"}").header("Authorization", "Bearer s3cr3t").exchange())
			.hasStatus(201);
		then(this.handler).shouldHaveNoInteractions();
	}

	@Test
	void answersTheVerificationWithoutTheSecret401() {
		assertProblem(post("{\"type\": \"verification\"}").exchange(), 401, "webhook-unauthenticated");
	}

	@Test
	void answersTheVerificationWithAnotherSecret403() {
		assertProblem(post("{\"type\": \"verification\"}").header("Authorization", "Bearer guess").exchange(), 403,
				"webhook-verification-failed");
	}

	@Test
	void acceptsASignedNotificationAtOnceAndHandlesItInTheBackground() throws GeneralSecurityException {
		MvcTestResult result = post(NOTIFICATION).header("X-HEALTHAPI-SIGNATURE", sign(NOTIFICATION)).exchange();
		assertThat(result).hasStatus(204);
		then(this.handler).should(timeout(5000))
			.handle(argThat((notification) -> notification.healthUserId().equals("1234567890")
					&& notification.dataType().equals("steps") && notification.intervals().size() == 1));
	}

	@Test
	void acceptsANotificationCarryingTheSecret() {
		assertThat(post(NOTIFICATION).header("Authorization", "Bearer s3cr3t").exchange()).hasStatus(204);
		then(this.handler).should(timeout(5000)).handle(any(HealthNotification.class));
	}

	@Test
	void refusesANotificationWithABadSignature() throws GeneralSecurityException {
		String tampered = NOTIFICATION.replace("1234567890", "1234567891");
		assertProblem(post(tampered).header("X-HEALTHAPI-SIGNATURE", sign(NOTIFICATION)).exchange(), 403,
				"webhook-verification-failed");
		assertProblem(post(NOTIFICATION).header("X-HEALTHAPI-SIGNATURE", "bm90IGEgc2lnbmF0dXJl").exchange(), 403,
				"webhook-verification-failed");
		then(this.handler).shouldHaveNoInteractions();
	}

	@Test
	void refusesANotificationWithoutSecretOrSignature() {
		assertProblem(post(NOTIFICATION).exchange(), 401, "webhook-unauthenticated");
		then(this.handler).shouldHaveNoInteractions();
	}

	@Test
	void refusesAMalformedNotification() {
		assertProblem(post("{\"data\":{\"dataType\":\"steps\"}}").header("Authorization", "Bearer s3cr3t").exchange(),
				400, "malformed-notification");
		assertProblem(post("not json").header("Authorization", "Bearer s3cr3t").exchange(), 400,
				"malformed-notification");
	}

	@Test
	void refusesAnUnauthenticatedBodyBeforeParsingIt() throws GeneralSecurityException {
		String malformed = "{\"data\": ";
		assertProblem(post(malformed).exchange(), 401, "webhook-unauthenticated");
		assertProblem(post(malformed).header("Authorization", "Bearer guess").exchange(), 403,
				"webhook-verification-failed");
		assertProblem(post(malformed).header("X-HEALTHAPI-SIGNATURE", sign(NOTIFICATION)).exchange(), 403,
				"webhook-verification-failed");
		then(this.handler).shouldHaveNoInteractions();
	}

	@Test
	void refusesAVerificationRequestThatCarriesOnlyASignature() throws GeneralSecurityException {
		String verification = "{\"type\": \"verification\"}";
		assertProblem(post(verification).header("X-HEALTHAPI-SIGNATURE", sign(verification)).exchange(), 403,
				"webhook-verification-failed");
	}

	@Test
	void refusesABodyAboveTheLimitBeforeVerifyingOrParsingIt() throws GeneralSecurityException {
		String oversized = NOTIFICATION.replace("\"version\":\"1\"",
				"\"version\":\"1\",\"padding\":\"" + "x".repeat(64 * 1024) + "\"");
		assertProblem(post(oversized).header("X-HEALTHAPI-SIGNATURE", sign(oversized)).exchange(), 413,
				"payload-too-large");
		assertProblem(post(oversized).header("Authorization", "Bearer s3cr3t").exchange(), 413, "payload-too-large");
		then(this.handler).shouldHaveNoInteractions();
	}

	@Test
	void stillRequiresATokenOutsideTheWebhooks() {
		assertProblem(this.mvc.get().uri("/api/connections/fitbit").exchange(), 401, "unauthenticated");
	}

	private MockMvcRequestBuilder post(String body) {
		return this.mvc.post().uri("/webhooks/google-health").contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static String sign(String body) throws GeneralSecurityException {
		Signature signer = Signature.getInstance("SHA256withECDSA");
		signer.initSign(keys.getPrivate());
		signer.update(body.getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder().encodeToString(signer.sign());
	}

	private static void assertProblem(MvcTestResult result, int status, String slug) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://falcon.health/problems/" + slug);
	}

	private static KeyPair ecKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(FitbitProperties.class)
	static class Properties {

	}

}
