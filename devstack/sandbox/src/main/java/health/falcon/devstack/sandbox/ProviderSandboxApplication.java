package health.falcon.devstack.sandbox;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Development-only provider sandbox on port 9100. It emulates third-party providers
 * (Strava first) at their real paths below a per-provider prefix, so the real connectors
 * run unchanged against it with only their base URLs changed. All state is in memory: a
 * restart issues fresh tokens and regenerates the same synthetic data from the seed.
 * Never deploy this outside a developer machine.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ProviderSandboxApplication {

	public static void main(String[] args) {
		SpringApplication.run(ProviderSandboxApplication.class, args);
	}

}
