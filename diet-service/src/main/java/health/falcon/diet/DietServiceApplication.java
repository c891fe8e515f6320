package health.falcon.diet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * diet-service: nutrition diary data. It reads the MyFitnessPal food diary through the
 * experimental diary adapter (a connection with the user's session cookie, on the ingest
 * kit) and imports the MyFitnessPal "Export data" ZIP (nutrition, exercise and body
 * measurements).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DietServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(DietServiceApplication.class, args);
	}

}
