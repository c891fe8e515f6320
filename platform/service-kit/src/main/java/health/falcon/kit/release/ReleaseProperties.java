package health.falcon.kit.release;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.info.BuildProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Which release of a service is running, shown in {@code /actuator/info} and in the
 * {@code X-Falcon-Release} response header so that blue/green switches can be observed.
 *
 * @param colour the deployment colour ({@code blue}, {@code green}; {@code local} outside
 * Kubernetes)
 * @param version the release version; when unset, the build-info version, else
 * {@code dev}
 */
@Validated
@ConfigurationProperties("falcon.release")
public record ReleaseProperties(@DefaultValue("local") @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]+") String colour,
		@Nullable @Pattern(regexp = "[A-Za-z0-9._+-]+") String version) {

	/**
	 * Return the effective version.
	 * @param build the build information, {@code null} when the jar has none
	 * @return the configured version, else the build version, else {@code dev}
	 */
	public String effectiveVersion(@Nullable BuildProperties build) {
		if (this.version != null && !this.version.isBlank()) {
			return this.version;
		}
		return (build != null && build.getVersion() != null) ? build.getVersion() : "dev";
	}

}
