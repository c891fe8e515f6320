package health.falcon.devstack.sandbox.googlehealth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import health.falcon.devstack.sandbox.common.TestClockConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The sandbox application with a {@code TestClock}, MockMvc, known Google client
 * credentials and a quota high enough not to interfere.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "falcon.sandbox.strava.client-id=12345",
		"falcon.sandbox.strava.client-secret=test-secret", "falcon.sandbox.google-health.client-id=test-google-client",
		"falcon.sandbox.google-health.client-secret=test-google-secret",
		"falcon.sandbox.google-health.quota.requests-per-minute=100000" })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@interface GoogleHealthSandboxTest {

}
