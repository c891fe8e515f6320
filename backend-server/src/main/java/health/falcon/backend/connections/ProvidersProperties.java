package health.falcon.backend.connections;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The providers Falcon Health knows, keyed by provider id ({@code strava}) in the order
 * the connections page lists them ({@code falcon.backend.providers.<id>.*}). A map rather
 * than a list so that one key (say {@code available} when a connector ships) can be
 * overridden from the environment without restating the rest.
 *
 * @param providers every known provider by id, in display order
 */
@ConfigurationProperties("falcon.backend")
@Validated
record ProvidersProperties(@NotEmpty Map<String, @Valid Provider> providers) {

	/**
	 * One known provider.
	 *
	 * @param displayName the name shown to the user
	 * @param description what the provider contributes
	 * @param available whether its connector exists yet
	 * @param sandboxSignInUrl where a local provider sandbox lets the user sign in to try
	 * a connection that has no OAuth flow (MyFitnessPal's session cookie); unset against
	 * the real providers, so the hint is never shown there
	 */
	record Provider(@NotBlank String displayName, @NotBlank String description, boolean available,
			@Nullable URI sandboxSignInUrl) {
	}

}
