package health.falcon.data;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * backend-data: the one place that reads stored health data (today the activities). An
 * internal, stateless resource server reached only by backend-server, which relays the
 * signed-in user's token; every answer is scoped to that token's subject. It writes
 * nothing.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BackendDataApplication {

	public static void main(String[] args) {
		SpringApplication.run(BackendDataApplication.class, args);
	}

}
