package health.falcon.kit.web;

import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How large a request body a servlet service accepts ({@code falcon.web.*}). Multipart
 * requests are not counted here: their limits are Boot's
 * {@code spring.servlet.multipart.max-file-size} and {@code max-request-size}.
 *
 * @param maxBodySize the limit of every other request body (64 KiB by default, enough for
 * every JSON API body and for the Google Health and Dropbox notifications)
 * @param bodyLimits per-path overrides: Ant path patterns within the application (for
 * example {@code "[/webhooks/big/**]": 1MB}, brackets keep the slashes in YAML keys);
 * when several match, the most specific pattern wins
 */
@Validated
@ConfigurationProperties("falcon.web")
public record BodyLimitProperties(@DefaultValue("64KB") @NotNull DataSize maxBodySize,
		@DefaultValue Map<String, DataSize> bodyLimits) {

}
