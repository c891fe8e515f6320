package health.falcon.ingest.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A service using the kit with one fake provider, {@code acme}.
 */
@SpringBootApplication
public class SampleApplication {

}
