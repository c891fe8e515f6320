package health.falcon.diet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * diet-service: nutrition diary data. For now it imports the MyFitnessPal "Export data"
 * ZIP (nutrition, exercise and body measurements); the diary adapter comes later.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DietServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(DietServiceApplication.class, args);
	}

}
