package health.falcon.devstack.sandbox.strava;

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
 * The sandbox application with a {@code TestClock}, MockMvc, known client credentials and
 * rate limits high enough not to interfere (one cached context for most tests).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "falcon.sandbox.strava.client-id=12345",
		"falcon.sandbox.strava.client-secret=test-secret", "falcon.sandbox.strava.rate-limits.quarter-hour=100000",
		"falcon.sandbox.strava.rate-limits.daily=100000", "falcon.sandbox.strava.rate-limits.read-quarter-hour=100000",
		"falcon.sandbox.strava.rate-limits.read-daily=100000" })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@interface StravaSandboxTest {

}
