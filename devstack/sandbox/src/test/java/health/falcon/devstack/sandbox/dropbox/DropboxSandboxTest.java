package health.falcon.devstack.sandbox.dropbox;

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
 * The sandbox application with a {@code TestClock}, MockMvc, known Dropbox app
 * credentials (the secret of the signature test vector), a 2-second longpoll cap and fast
 * webhook retries.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "falcon.sandbox.dropbox.client-id=test-dropbox-key",
		"falcon.sandbox.dropbox.client-secret=app-secret", "falcon.sandbox.dropbox.longpoll-max-wait=2s",
		"falcon.sandbox.dropbox.webhooks.initial-backoff=50ms" })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@interface DropboxSandboxTest {

}
