package health.falcon.kit.release;

import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds {@code release: {colour, version}} to {@code /actuator/info}.
 */
class ReleaseInfoContributor implements InfoContributor {

	private final Release release;

	ReleaseInfoContributor(Release release) {
		this.release = release;
	}

	@Override
	public void contribute(Info.Builder builder) {
		builder.withDetail("release", Map.of("colour", this.release.colour(), "version", this.release.version()));
	}

}
