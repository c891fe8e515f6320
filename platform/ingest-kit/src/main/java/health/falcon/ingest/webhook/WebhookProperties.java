package health.falcon.ingest.webhook;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of webhook requests ({@code falcon.ingest.webhooks.*}).
 *
 * @param maxBodySize the largest notification body read; a larger one is refused with 413
 * before it is parsed or verified (no provider documents more than 64 KB)
 */
@ConfigurationProperties("falcon.ingest.webhooks")
@Validated
public record WebhookProperties(@DefaultValue("64KB") @NotNull DataSize maxBodySize) {

}
