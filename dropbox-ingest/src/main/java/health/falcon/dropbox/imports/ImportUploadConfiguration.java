package health.falcon.dropbox.imports;

import health.falcon.ingest.uploads.MultipartLimits;
import jakarta.servlet.MultipartConfigElement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet multipart limits, taken from
 * {@code falcon.dropbox.imports.max-upload-size}: an upload (or a profile preview's
 * sample) over it is refused with 413 while it arrives, before anything is kept.
 */
@Configuration(proxyBeanMethods = false)
class ImportUploadConfiguration {

	@Bean
	MultipartConfigElement multipartConfigElement(ImportProperties properties) {
		return MultipartLimits.of(properties.maxUploadSize());
	}

}
