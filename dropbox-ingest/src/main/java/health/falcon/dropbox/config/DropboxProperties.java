package health.falcon.dropbox.config;

import java.net.URI;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Dropbox sync's own settings ({@code falcon.dropbox.*}; the import limits are
 * {@code falcon.dropbox.imports.*}). The OAuth client, RPC base URL, schedule and client
 * secret (which also keys the webhook signature) are the ingest kit's
 * ({@code falcon.ingest.providers.dropbox.*}).
 *
 * @param contentBaseUrl the content host ({@code https://content.dropboxapi.com} in
 * production), called for {@code /2/files/download}
 * @param defaultFolder the folder watched until the user chooses another
 * @param pageLimit the {@code limit} of {@code files/list_folder} (1..2000, approximate)
 * @param maxPagesPerRun safety stop for one run's paging
 * @param retriesPerRun failed downloads tried again per run
 */
@Validated
@ConfigurationProperties("falcon.dropbox")
public record DropboxProperties(@NotNull URI contentBaseUrl,
		@DefaultValue("/Apps/Falcon Health") @Pattern(regexp = "/.*") String defaultFolder,
		@DefaultValue("500") @Min(1) @Max(2000) int pageLimit, @DefaultValue("1000") @Min(1) int maxPagesPerRun,
		@DefaultValue("20") @Min(0) int retriesPerRun) {

}
