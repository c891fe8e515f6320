package health.falcon.dropbox;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * dropbox-ingest: reads blood-pressure CSV exports (OMRON connect, Withings, iHealth) and
 * CardioMood HRV reports into {@code blood_pressure} and {@code hrv_recordings}. Files
 * arrive by upload for now; the Dropbox folder watch comes later.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DropboxIngestApplication {

	public static void main(String[] args) {
		SpringApplication.run(DropboxIngestApplication.class, args);
	}

}
