package health.falcon.devstack.idp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Development-only OpenID Connect provider on port 9000. It signs users in with a plain
 * HTML form against devstack demo accounts and issues JWT access tokens for the gateway.
 * Never deploy this outside a developer machine; real environments use Auth0 or another
 * provider.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DevstackIdpApplication {

	public static void main(String[] args) {
		SpringApplication.run(DevstackIdpApplication.class, args);
	}

}
