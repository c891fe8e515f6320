package health.falcon.fitbit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * fitbit-service: Fitbit data through the Google Health API (the Fitbit Web API was
 * switched off on 2 Nov 2026), the Fitbit/Takeout export import and intraday heart-rate
 * storage. The ingest kit runs the connect flow, tokens, leases, schedules, rate budget
 * and runs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FitbitServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(FitbitServiceApplication.class, args);
	}

}
