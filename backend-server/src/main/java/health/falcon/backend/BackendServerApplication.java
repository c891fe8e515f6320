package health.falcon.backend;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * backend-server: the API behind the gateway for the signed-in user (profile, settings
 * and, in later issues, dashboards, metrics and media). A stateless resource server;
 * every request is scoped to the user id in the bearer token.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BackendServerApplication {

	public static void main(String[] args) {
		SpringApplication.run(BackendServerApplication.class, args);
	}

}
