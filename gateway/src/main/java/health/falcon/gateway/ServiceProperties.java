package health.falcon.gateway;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * The base URLs of the services behind the gateway, under {@code falcon.services}. The
 * routes in {@code application.yaml} point at them. None has a default: a gateway started
 * without one refuses to start and names the missing property, instead of quietly
 * forwarding to a local port.
 *
 * @param backendServer backend-server ({@code FALCON_SERVICES_BACKEND_SERVER})
 * @param fitnessService fitness-service, the Strava connection and webhooks
 * ({@code FALCON_SERVICES_FITNESS_SERVICE})
 * @param fitbitService fitbit-service, the Fitbit connection and Google Health
 * notifications ({@code FALCON_SERVICES_FITBIT_SERVICE})
 * @param dietService diet-service, the MyFitnessPal connection
 * ({@code FALCON_SERVICES_DIET_SERVICE})
 * @param dropboxIngest dropbox-ingest, the Dropbox connection and webhooks
 * ({@code FALCON_SERVICES_DROPBOX_INGEST})
 */
@ConfigurationProperties("falcon.services")
@Validated
public record ServiceProperties(@NotNull(
		message = "must be set: falcon.services.backend-server (FALCON_SERVICES_BACKEND_SERVER); there is no default") URI backendServer,
		@NotNull(
				message = "must be set: falcon.services.fitness-service (FALCON_SERVICES_FITNESS_SERVICE); there is no default") URI fitnessService,
		@NotNull(
				message = "must be set: falcon.services.fitbit-service (FALCON_SERVICES_FITBIT_SERVICE); there is no default") URI fitbitService,
		@NotNull(
				message = "must be set: falcon.services.diet-service (FALCON_SERVICES_DIET_SERVICE); there is no default") URI dietService,
		@NotNull(
				message = "must be set: falcon.services.dropbox-ingest (FALCON_SERVICES_DROPBOX_INGEST); there is no default") URI dropboxIngest) {

}
