package health.falcon.devstack.mongo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Local-only MongoDB-wire server for the devstack: runs {@code mongo-java-server} with an
 * on-disk H2 backend so that services can use a real MongoDB driver without installing
 * MongoDB. Never deploy this outside a developer machine.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DevstackMongoApplication {

	public static void main(String[] args) {
		SpringApplication.run(DevstackMongoApplication.class, args);
	}

}
