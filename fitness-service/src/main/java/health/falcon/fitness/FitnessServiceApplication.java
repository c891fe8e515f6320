package health.falcon.fitness;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * fitness-service: the Strava connector. The ingest kit runs the connect flow, tokens,
 * leases, schedules, rate budget and runs; this service knows Strava's API, maps its
 * activities to the {@code activities} collection and receives Strava's webhooks.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FitnessServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(FitnessServiceApplication.class, args);
	}

}
