package health.falcon.diet.diary;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The MyFitnessPal diary adapter's settings ({@code falcon.diet.myfitnesspal.*}). The
 * schedule and backfill depth are the ingest kit's
 * ({@code falcon.ingest.providers.myfitnesspal.*}), timeouts its
 * {@code falcon.ingest.http.*}.
 *
 * @param webBaseUrl the web host ({@code https://www.myfitnesspal.com}): auth token,
 * diary pages, water
 * @param apiBaseUrl the API host ({@code https://api.myfitnesspal.com}): the profile
 * @param userAgent the desktop browser User-Agent every request sends (the site refuses
 * unknown clients)
 */
@Validated
@ConfigurationProperties("falcon.diet.myfitnesspal")
public record MyFitnessPalProperties(@NotBlank String webBaseUrl, @NotBlank String apiBaseUrl,
		@DefaultValue(CHROME) @NotBlank String userAgent) {

	static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
			+ "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

}
