package health.falcon.dropbox.handoff;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How files are handed over ({@code falcon.dropbox.hand-off.*}). Where they go is the
 * HTTP service groups' {@code spring.http.serviceclient.diet-service.base-url} and
 * {@code spring.http.serviceclient.fitbit-service.base-url}: the services are called
 * directly (inside the cluster, through the Nginx in front of them), never through the
 * gateway, which routes no {@code /internal} path.
 *
 * @param clientRegistrationId the Spring Security OAuth2 client registration (client
 * credentials) whose token authorizes the calls
 * @param busyAttempts how often one hand-off is offered while the receiver answers 429
 * (the user's imports there are at their cap) before the file waits for a later run
 * @param maxBusyWait the longest wait between those offers, whatever the receiver's
 * {@code Retry-After} asks for
 */
@ConfigurationProperties("falcon.dropbox.hand-off")
@Validated
public record HandOffProperties(@DefaultValue("falcon-ingest") @NotBlank String clientRegistrationId,
		@DefaultValue("4") @Min(1) @Max(20) int busyAttempts, @DefaultValue("30s") Duration maxBusyWait) {

}
